import { subtasksVerdicts } from '../../../domain/subtasks';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { fieldError, notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { getTask } from '../tasks/list-tasks';
import type { TTask } from '../tasks/tasks.schemas';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { canWriteSubtasks } from './subtasks.policy';
import { accountsOf, sectionsOf, setTaskResponsibleUser } from './subtasks.repository';

/**
 * 责任人 as an account (issue 15): the lead unit names one of its own people or of its sections' (null clears
 * it), with the task's `version`. Other units that see the task get 403, units that do not 404.
 */
export async function setResponsibleUser(
  ctx: AuthedContext,
  taskId: string,
  body: { userId: string | null; version: number },
): Promise<TTask> {
  assertCan(canWriteSubtasks(ctx.actor));
  await tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(subtasksVerdicts(ctx.actor, task), 'setResponsible', {
      role: '只有牵头单位可以指定责任人',
      state: '任务当前状态不能指定责任人',
    });
    const leadUnitId = task.leadUnitId as string;
    if (body.userId) {
      const sections = await sectionsOf(tx, leadUnitId);
      const people = await accountsOf(tx, [leadUnitId, ...sections.map((s) => s.id)]);
      if (!people.some((p) => p.id === body.userId))
        throw fieldError('VALIDATION_FAILED', 'userId', '责任人须为本单位或其科室的人员');
    }
    if (body.version !== task.version) throw await versionConflict(tx, task);
    const row = await setTaskResponsibleUser(tx, taskId, task.version, {
      responsibleUserId: body.userId,
      updatedAt: ctx.clock.now(),
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, task);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.responsible_user_set',
      entityType: 'task',
      entityId: taskId,
      before: { responsibleUserId: task.responsibleUserId },
      after: { responsibleUserId: body.userId },
    });
  });
  return getTask(ctx, taskId);
}
