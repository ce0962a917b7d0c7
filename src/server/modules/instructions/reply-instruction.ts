import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { notifyUsers } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { assertAbility } from '../../policy/abilities';
import { canReadTasks, canSeeTask, taskVerdicts } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { findInstruction, insertReply } from './instructions.repository';
import type { TInstruction } from './instructions.schemas';
import { present } from './present-instructions';
import { shanghaiDate } from '../../clock';
import { loadDeadlineRule } from '../case-deadlines/load-deadline-rule';

/** The lead unit answers a leader's instruction; the leader is told. */
export async function replyInstruction(
  ctx: AuthedContext,
  instructionId: string,
  text: string,
): Promise<TInstruction> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const instruction = await findInstruction(tx, instructionId);
    const task = instruction ? await findTask(tx, instruction.taskId) : undefined;
    if (!instruction || !task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(taskVerdicts(ctx.actor, task), 'replyInstruction', { role: '由牵头单位回复领导批示' });
    const id = uuidv7();
    await insertReply(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      instructionId,
      authorId: ctx.actor.userId,
      text,
      createdAt: now,
    });
    await notifyUsers(tx, [instruction.leaderId], {
      tenantId: ctx.actor.tenantId,
      kind: 'instruction_reply',
      title: `批示已回复：${task.code ?? ''} ${task.title}`,
      body: text,
      entityType: 'task',
      entityId: task.id,
      dedupeKey: `instruction-reply:${id}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'instruction.replied',
      entityType: 'instruction',
      entityId: instructionId,
      after: { text },
    });
    const rule = await loadDeadlineRule(tx, ctx.actor.tenantId, shanghaiDate(now));
    return (await present(tx, [instruction], rule, task.status))[0] as TInstruction;
  });
}
