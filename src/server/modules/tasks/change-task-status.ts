import { assertTransition, type SuspendableTaskStatus } from '../../../domain/workflow';
import { lockRow } from '../../db/row-lock';
import { tasks } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { presentOneTask } from './present-tasks';
import { canChangeTaskStatus, canSeeTask } from './tasks.policy';
import { findTask, updateTaskVersioned } from './tasks.repository';
import type { TTask } from './tasks.schemas';

export type StatusAction = 'suspend' | 'resume' | 'cancel';

/** The supervision office suspends, resumes or cancels a task, always with a reason kept on the task. */
export async function changeTaskStatus(
  ctx: AuthedContext,
  id: string,
  input: { action: StatusAction; reason: string; version: number },
): Promise<TTask> {
  assertCan(canChangeTaskStatus(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, tasks, id);
    const task = await findTask(tx, id);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    if (task.version !== input.version) throw await versionConflict(tx, task);
    const status = assertTransition('task', task.status, input.action, {
      resumeTo: (task.suspendedFrom ?? 'in_progress') as SuspendableTaskStatus,
    });
    const after = await updateTaskVersioned(tx, id, task.version, {
      status,
      statusReason: input.reason,
      suspendedFrom: input.action === 'suspend' ? task.status : null,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    const action =
      input.action === 'suspend'
        ? 'task.suspended'
        : input.action === 'resume'
          ? 'task.resumed'
          : 'task.cancelled';
    await recordAudit(tx, {
      ...auditBase(ctx),
      action,
      entityType: 'task',
      entityId: id,
      before: { status: task.status },
      after: { status, reason: input.reason },
    });
    return presentOneTask(tx, ctx, after);
  });
}
