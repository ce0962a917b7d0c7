import { presentOneTask } from './present-tasks';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError, notFound } from '../../errors';
import type { Executor } from '../../db/client';
import { assertNoParentCycle, assertRefsInTenant } from '../../references';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { assertSubtasksInsideDates } from '../subtasks/check-parent-dates';
import { taskAuditFields } from './present-task';
import { assertAssignment, provenanceAfterEdit, writeMilestones, writeTargets } from './task-rules';
import { canManageTasks, canSeeTask } from './tasks.policy';
import {
  deleteMilestones,
  deleteTargets,
  findTask,
  updateTaskVersioned,
  type TaskRow,
} from './tasks.repository';
import type { TTask, TUpdateTaskBody } from './tasks.schemas';

const closed = new Set(['completed', 'cancelled']);

/**
 * Edits a task (the supervision office). A draft edited by hand is marked so that a new extraction never
 * replaces it. Targets and milestones, when sent, replace the old lists.
 */
export async function updateTask(ctx: AuthedContext, id: string, input: TUpdateTaskBody): Promise<TTask> {
  const now = ctx.clock.now();
  assertCan(canManageTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const before = await findTask(tx, id);
    if (!before || !canSeeTask(ctx.actor, before)) throw notFound();
    if (before.version !== input.version) throw await versionConflict(tx, before);
    if (closed.has(before.status))
      throw new AppError('INVALID_TRANSITION', { message: '已办结或已撤销的任务不能修改' });
    const { version, targets, milestones, ...changes } = input;
    if (changes.parentId) await assertParent(tx, ctx, before, changes.parentId);
    await assertAssignment(tx, {
      leadUnitId: changes.leadUnitId === undefined ? before.leadUnitId : changes.leadUnitId,
      coUnitIds: changes.coUnitIds ?? before.coUnitIds,
      leadLeaderId: changes.leadLeaderId === undefined ? before.leadLeaderId : changes.leadLeaderId,
      startDate: changes.startDate === undefined ? before.startDate : changes.startDate,
      dueDate: changes.dueDate === undefined ? before.dueDate : changes.dueDate,
    });
    await assertSubtasksInsideDates(tx, id, before, {
      startDate: changes.startDate === undefined ? before.startDate : changes.startDate,
      dueDate: changes.dueDate === undefined ? before.dueDate : changes.dueDate,
    });
    if (
      before.status !== 'draft' &&
      (changes.leadUnitId === null || changes.startDate === null || changes.dueDate === null)
    ) {
      throw new AppError('VALIDATION_FAILED', {
        details: { fields: [{ path: 'leadUnitId', message: '已下发的任务必须有牵头单位和起止时间' }] },
      });
    }
    const after = await updateTaskVersioned(tx, id, version, {
      ...changes,
      ...(changes.coUnitIds ? { coUnitIds: [...new Set(changes.coUnitIds)] } : {}),
      ...provenanceAfterEdit(before, changes),
      edited: true,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, (await findTask(tx, id)) ?? before);
    if (targets) {
      await deleteTargets(tx, id);
      await writeTargets(tx, ctx.actor.tenantId, id, targets);
    }
    if (milestones) {
      await deleteMilestones(tx, id);
      await writeMilestones(tx, ctx.actor.tenantId, id, milestones);
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.updated',
      entityType: 'task',
      entityId: id,
      before: { ...taskAuditFields(before), ...(targets ? { targets: '(replaced)' } : {}) },
      after: {
        ...taskAuditFields(after),
        ...(targets
          ? { targets: targets.map((t) => `${t.indicator} ${t.targetValue ?? 'X'}${t.unit}`) }
          : {}),
      },
    });
    return presentOneTask(tx, ctx, after);
  });
}

/** The parent is a task of this district and of the same decision, and not the task or one of its subtasks. */
async function assertParent(
  tx: Executor,
  ctx: AuthedContext,
  task: TaskRow,
  parentId: string,
): Promise<void> {
  await assertRefsInTenant(tx, ctx.actor.tenantId, [
    { path: 'parentId', table: 'tasks', id: parentId, message: '上级任务不存在' },
  ]);
  const parent = await findTask(tx, parentId);
  if (!parent || !canSeeTask(ctx.actor, parent))
    throw fieldError('VALIDATION_FAILED', 'parentId', '上级任务不存在');
  if (parent.decisionId !== task.decisionId)
    throw fieldError('VALIDATION_FAILED', 'parentId', '上级任务不属于该决策部署');
  await assertNoParentCycle(tx, 'tasks', task.id, parentId);
}
