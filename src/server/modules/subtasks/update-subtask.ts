import { subtaskVerdicts } from '../../../domain/subtasks';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { assertAssignment, assertDatesInsideParent } from './check-assignment';
import { presentSubtasks } from './present-subtask';
import { canWriteSubtasks } from './subtasks.policy';
import { findSubtask, updateSubtaskVersioned } from './subtasks.repository';
import type { TSubtask, TUpdateSubtaskBody } from './subtasks.schemas';
import { taskForSubtasks } from './task-for-subtasks';

const unitOnlyFields = [
  'title',
  'content',
  'sectionId',
  'assigneeId',
  'startDate',
  'dueDate',
  'weight',
] as const;

/**
 * Changes a sub-task (with its `version`; 409 when stale). The unit that made it changes anything; the
 * section and the assignee report progress, a note and done. Done stamps completedAt; open again clears it.
 */
export async function updateSubtask(
  ctx: AuthedContext,
  id: string,
  body: TUpdateSubtaskBody,
): Promise<TSubtask> {
  assertCan(canWriteSubtasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const current = await findSubtask(tx, id);
    if (!current) throw notFound();
    const { task } = await taskForSubtasks(tx, ctx, current.taskId);
    const verdicts = subtaskVerdicts(ctx.actor, current, task.status);
    const editsUnitFields = unitOnlyFields.some((f) => body[f] !== undefined);
    // The sub-task must be one the caller sees: a unit does not reach another unit's sub-tasks.
    if (verdicts.progress === 'role' && verdicts.edit === 'role') throw notFound();
    assertAbility(verdicts, editsUnitFields ? 'edit' : 'progress', {
      role: '只有分解任务的单位可以修改子任务内容',
      state: '任务当前状态不能更新子任务',
    });
    if (body.version !== current.version) throw await versionConflict(tx, current);
    const next = {
      sectionId: body.sectionId === undefined ? current.sectionId : body.sectionId,
      assigneeId: body.assigneeId === undefined ? current.assigneeId : body.assigneeId,
      startDate: body.startDate === undefined ? current.startDate : body.startDate,
      dueDate: body.dueDate ?? current.dueDate,
    };
    if (body.startDate !== undefined || body.dueDate !== undefined) assertDatesInsideParent(task, next);
    if (body.sectionId !== undefined || body.assigneeId !== undefined)
      await assertAssignment(tx, current.unitId, next.sectionId, next.assigneeId);
    const status = body.status ?? current.status;
    const row = await updateSubtaskVersioned(tx, id, current.version, {
      ...next,
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.content !== undefined ? { content: body.content } : {}),
      ...(body.weight !== undefined ? { weight: body.weight } : {}),
      ...(body.progress !== undefined ? { progress: body.progress } : {}),
      ...(body.note !== undefined ? { note: body.note } : {}),
      status,
      completedAt: status === 'done' ? (current.completedAt ?? now) : null,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, (await findSubtask(tx, id)) ?? current);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'subtask.updated',
      entityType: 'subtask',
      entityId: id,
      before: { progress: current.progress, status: current.status, version: current.version },
      after: { ...body, version: row.version },
    });
    const today = shanghaiDate(now);
    return (
      await presentSubtasks(tx, ctx.actor, [{ sub: row, taskStatus: task.status }], today)
    )[0] as TSubtask;
  });
}
