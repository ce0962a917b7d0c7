import { nextTaskStatus } from '../../../domain/workflow';
import { statusLabels } from '../../../domain/ledger';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { refuseBatch, type BatchFailure } from './batch-failures';
import { presentTasks } from './present-tasks';
import { canReadTasks, canSeeTask, taskVerdicts } from './tasks.policy';
import { findTasks, updateTaskVersioned, type TaskRow } from './tasks.repository';
import type { TTask } from './tasks.schemas';

/**
 * 批量签收: a lead unit accepts many published tasks at once — all of them, or none with the list of what
 * could not be accepted and why (another unit's task reads "not found", never revealing it).
 */
export async function acceptTasks(ctx: AuthedContext, taskIds: readonly string[]): Promise<TTask[]> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const byId = new Map((await findTasks(tx, [...taskIds])).map((t) => [t.id, t] as const));
    const failures: BatchFailure[] = [];
    const accepted: Array<{ task: TaskRow; status: TaskRow['status'] }> = [];
    for (const taskId of taskIds) {
      const task = byId.get(taskId);
      if (!task || !canSeeTask(ctx.actor, task)) {
        failures.push({ taskId, code: 'NOT_FOUND', message: '任务不存在' });
        continue;
      }
      const label = `${task.code ?? ''} ${task.title}`.trim();
      if (taskVerdicts(ctx.actor, task).accept === 'role') {
        failures.push({ taskId, code: 'NOT_LEAD_UNIT', message: `${label}：只有牵头单位可以签收` });
        continue;
      }
      const status = nextTaskStatus(task.status, 'accept');
      if (!status) {
        failures.push({
          taskId,
          code: 'INVALID_STATUS',
          message: `${label}：任务${statusLabels[task.status]}，不能签收`,
        });
        continue;
      }
      accepted.push({ task, status });
    }
    refuseBatch(failures);
    const rows: TaskRow[] = [];
    for (const { task, status } of accepted) {
      const after = await updateTaskVersioned(tx, task.id, task.version, {
        status,
        acceptedAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'task.accepted',
        entityType: 'task',
        entityId: task.id,
        before: { status: task.status },
        after: { status, batch: true },
      });
      rows.push(after);
    }
    return presentTasks(tx, ctx, rows);
  });
}
