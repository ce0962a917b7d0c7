import { uuidv7 } from 'uuidv7';
import { canWriteInstructions } from './instructions.policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { shanghaiDate } from '../../clock';
import { AppError, fieldError, notFound } from '../../errors';
import { loadDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { insertInstruction } from './instructions.repository';
import type { TCreateInstructionBody, TInstruction } from './instructions.schemas';
import { present } from './present-instructions';

/**
 * 领导批示: a district leader writes an instruction on a task; the lead unit is told and must answer it by the
 * due date the leader gives (not before today) or, by default, within instructions.answerWorkingDays.
 */
export async function createInstruction(
  ctx: AuthedContext,
  taskId: string,
  body: TCreateInstructionBody,
): Promise<TInstruction> {
  assertCan(canWriteInstructions(ctx.actor));
  const { text } = body;
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  if (body.dueDate !== undefined && body.dueDate < today)
    throw fieldError('VALIDATION_FAILED', 'dueDate', '办理时限不能早于今天');
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task) || task.status === 'draft') throw notFound();
    const rule = await loadDeadlineRule(tx, ctx.actor.tenantId, today);
    const dueDate = body.dueDate ?? rule.instructionDueDate();
    const row = await insertInstruction(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      taskId,
      leaderId: ctx.actor.userId,
      text,
      createdAt: now,
      dueDate,
    });
    if (!row) throw new AppError('INTERNAL');
    if (task.leadUnitId) {
      await notifyUsers(tx, await unitUserIds(tx, task.leadUnitId), {
        tenantId: ctx.actor.tenantId,
        kind: 'instruction',
        title: `领导批示：${task.code ?? ''} ${task.title}`,
        body: `${ctx.actor.displayName}：${text}（请于 ${dueDate} 前回复）`,
        entityType: 'task',
        entityId: taskId,
        dedupeKey: `instruction:${row.id}`,
        at: now,
      });
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'instruction.created',
      entityType: 'instruction',
      entityId: row.id,
      after: { taskId, text, dueDate },
    });
    return (await present(tx, [row], rule, task.status))[0] as TInstruction;
  });
}
