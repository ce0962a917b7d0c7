import { presentTasks } from './present-tasks';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { assertSubtasksInsideDates } from '../subtasks/check-parent-dates';
import { taskAuditFields } from './present-task';
import { assertAssignment, provenanceAfterEdit } from './task-rules';
import { canManageTasks } from './tasks.policy';
import { findTasks, updateTaskVersioned } from './tasks.repository';
import type { TBulkUpdateBody, TTask } from './tasks.schemas';

/** Assigns units, leaders and dates to many tasks at once: all or none (a stale version fails the lot). */
export async function bulkUpdateTasks(ctx: AuthedContext, input: TBulkUpdateBody): Promise<TTask[]> {
  assertCan(canManageTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const rows = await findTasks(
      tx,
      input.items.map((i) => i.id),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const stale = input.items
      .filter((i) => byId.get(i.id) && byId.get(i.id)?.version !== i.version)
      .map((i) => i.id);
    if (input.items.some((i) => !byId.has(i.id))) throw notFound();
    if (stale.length > 0) throw new AppError('VERSION_CONFLICT', { details: { taskIds: stale } });
    const updated = [];
    for (const item of input.items) {
      const before = byId.get(item.id);
      if (!before) throw notFound();
      if (before.status === 'completed' || before.status === 'cancelled')
        throw new AppError('INVALID_TRANSITION', { details: { taskIds: [before.id] } });
      const changes = input.changes;
      await assertAssignment(tx, {
        leadUnitId: changes.leadUnitId === undefined ? before.leadUnitId : changes.leadUnitId,
        coUnitIds: changes.coUnitIds ?? before.coUnitIds,
        leadLeaderId: changes.leadLeaderId === undefined ? before.leadLeaderId : changes.leadLeaderId,
        startDate: changes.startDate === undefined ? before.startDate : changes.startDate,
        dueDate: changes.dueDate === undefined ? before.dueDate : changes.dueDate,
      });
      await assertSubtasksInsideDates(tx, item.id, before, {
        startDate: changes.startDate === undefined ? before.startDate : changes.startDate,
        dueDate: changes.dueDate === undefined ? before.dueDate : changes.dueDate,
      });
      const after = await updateTaskVersioned(tx, item.id, item.version, {
        ...changes,
        ...provenanceAfterEdit(before, changes),
        edited: true,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
      if (!after) throw new AppError('VERSION_CONFLICT', { details: { taskIds: [item.id] } });
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'task.updated',
        entityType: 'task',
        entityId: item.id,
        before: taskAuditFields(before),
        after: taskAuditFields(after),
      });
      updated.push(after);
    }
    return await presentTasks(tx, ctx, updated);
  });
}
