import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canMarkLivelihood } from './livelihood.policy';
import { findTaskMark, setTaskMark } from './livelihood.repository';
import type { TLivelihoodBody, TTaskLivelihood } from './livelihood.schemas';

/**
 * 民生实事: the office marks or unmarks a task of its district as a livelihood project (shown on the public
 * livelihood list while at work or done). Audited when it changes; setting the same mark again changes nothing.
 */
export async function setTaskLivelihood(
  ctx: AuthedContext,
  taskId: string,
  body: TLivelihoodBody,
): Promise<TTaskLivelihood> {
  assertCan(canMarkLivelihood(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const task = await findTaskMark(tx, taskId);
    if (!task) throw notFound();
    if (task.isLivelihood !== body.isLivelihood) {
      await setTaskMark(tx, taskId, body.isLivelihood);
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'task.livelihood_set',
        entityType: 'task',
        entityId: taskId,
        before: { isLivelihood: task.isLivelihood },
        after: { isLivelihood: body.isLivelihood },
      });
    }
    return { taskId, isLivelihood: body.isLivelihood };
  });
}
