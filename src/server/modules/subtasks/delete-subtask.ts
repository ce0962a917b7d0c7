import { subtaskVerdicts } from '../../../domain/subtasks';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { canWriteSubtasks } from './subtasks.policy';
import { deleteSubtaskRow, findSubtask } from './subtasks.repository';
import { taskForSubtasks } from './task-for-subtasks';

/** The unit that made a sub-task removes it (its section and person no longer see it); audited. */
export async function deleteSubtask(ctx: AuthedContext, id: string): Promise<void> {
  assertCan(canWriteSubtasks(ctx.actor));
  await tenantTx(ctx, async (tx) => {
    const current = await findSubtask(tx, id);
    if (!current) throw notFound();
    const { task } = await taskForSubtasks(tx, ctx, current.taskId);
    const verdicts = subtaskVerdicts(ctx.actor, current, task.status);
    if (verdicts.progress === 'role' && verdicts.edit === 'role') throw notFound();
    assertAbility(verdicts, 'delete', {
      role: '只有分解任务的单位可以删除子任务',
      state: '任务当前状态不能删除子任务',
    });
    await deleteSubtaskRow(tx, id);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'subtask.deleted',
      entityType: 'subtask',
      entityId: id,
      before: { taskId: current.taskId, title: current.title, progress: current.progress },
      after: null,
    });
  });
}
