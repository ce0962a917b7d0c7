import { uuidv7 } from 'uuidv7';
import { canWriteInstructions } from './instructions.policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { insertInstruction } from './instructions.repository';
import type { TInstruction } from './instructions.schemas';
import { present } from './present-instructions';

/** 领导批示: a district leader writes an instruction on a task; the lead unit is told and must answer it. */
export async function createInstruction(
  ctx: AuthedContext,
  taskId: string,
  text: string,
): Promise<TInstruction> {
  assertCan(canWriteInstructions(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task) || task.status === 'draft') throw notFound();
    const row = await insertInstruction(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      taskId,
      leaderId: ctx.actor.userId,
      text,
      createdAt: now,
    });
    if (!row) throw new AppError('INTERNAL');
    if (task.leadUnitId) {
      await notifyUsers(tx, await unitUserIds(tx, task.leadUnitId), {
        tenantId: ctx.actor.tenantId,
        kind: 'instruction',
        title: `领导批示：${task.code ?? ''} ${task.title}`,
        body: `${ctx.actor.displayName}：${text}`,
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
      after: { taskId, text },
    });
    return (await present(tx, [row]))[0] as TInstruction;
  });
}
