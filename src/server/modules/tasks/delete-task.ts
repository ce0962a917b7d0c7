import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { taskAuditFields } from './present-task';
import { canManageTasks, canSeeTask } from './tasks.policy';
import { deleteTasks, findTask } from './tasks.repository';

/** Removes a draft (a sentence the extractor took for a task); a published task is cancelled instead. */
export async function deleteTask(ctx: AuthedContext, id: string, version: number): Promise<void> {
  assertCan(canManageTasks(ctx.actor));
  await tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, id);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    if (task.version !== version) throw await versionConflict(tx, task);
    if (task.status !== 'draft')
      throw new AppError('INVALID_TRANSITION', { message: '只能删除草稿任务；已下发的任务请撤销' });
    await deleteTasks(tx, [id]);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.deleted',
      entityType: 'task',
      entityId: id,
      before: taskAuditFields(task),
    });
  });
}
