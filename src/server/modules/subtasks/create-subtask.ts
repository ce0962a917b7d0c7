import { uuidv7 } from 'uuidv7';
import { subtasksVerdicts } from '../../../domain/subtasks';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { notifyUsers } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { assertAssignment, assertDatesInsideParent } from './check-assignment';
import { presentSubtasks } from './present-subtask';
import { canWriteSubtasks } from './subtasks.policy';
import { accountsOf, insertSubtask, subtasksOfTask } from './subtasks.repository';
import type { TCreateSubtaskBody, TSubtask } from './subtasks.schemas';
import { taskForSubtasks } from './task-for-subtasks';

/**
 * 分解到科室/个人: a person of the task's lead unit or of a co-unit gives part of it to a section of the unit
 * and/or a person, with dates inside the task's. The section's accounts and the person are told.
 */
export async function createSubtask(
  ctx: AuthedContext,
  taskId: string,
  body: TCreateSubtaskBody,
): Promise<TSubtask> {
  assertCan(canWriteSubtasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const { task } = await taskForSubtasks(tx, ctx, taskId);
    assertAbility(subtasksVerdicts(ctx.actor, task), 'create', {
      role: '只有牵头单位或配合单位可以分解本任务',
      state: '任务当前状态不能分解',
    });
    const unitId = ctx.actor.unitId as string;
    const sectionId = body.sectionId ?? null;
    const assigneeId = body.assigneeId ?? null;
    const startDate = body.startDate ?? null;
    assertDatesInsideParent(task, { startDate, dueDate: body.dueDate });
    await assertAssignment(tx, unitId, sectionId, assigneeId);
    const existing = await subtasksOfTask(tx, taskId);
    const row = await insertSubtask(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      taskId,
      unitId,
      sectionId,
      assigneeId,
      title: body.title,
      content: body.content ?? null,
      startDate,
      dueDate: body.dueDate,
      weight: body.weight,
      position: existing.length,
      createdAt: now,
      createdBy: ctx.actor.userId,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw new AppError('INTERNAL');
    const told = [
      ...(sectionId ? (await accountsOf(tx, [sectionId])).map((p) => p.id) : []),
      ...(assigneeId ? [assigneeId] : []),
    ].filter((id) => id !== ctx.actor.userId);
    await notifyUsers(tx, told, {
      tenantId: ctx.actor.tenantId,
      kind: 'subtask_assigned',
      title: `新的子任务：${row.title}`,
      body: `${ctx.actor.displayName} 将「${task.title}」分解给你，完成时限 ${row.dueDate}。`,
      entityType: 'task',
      entityId: taskId,
      dedupeKey: `subtask-assigned:${row.id}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'subtask.created',
      entityType: 'subtask',
      entityId: row.id,
      before: null,
      after: { taskId, title: row.title, sectionId, assigneeId, startDate, dueDate: row.dueDate },
    });
    const today = shanghaiDate(now);
    return (
      await presentSubtasks(tx, ctx.actor, [{ sub: row, taskStatus: task.status }], today)
    )[0] as TSubtask;
  });
}
