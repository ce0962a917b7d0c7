import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { loadLedgerResponsibility } from './ledger-responsibility';
import { canReadTasks, canSeeTask } from './tasks.policy';
import { findTask, loadTaskDetails } from './tasks.repository';
import type { TTaskResponsibility } from './tasks.schemas';

/**
 * 落实到单位 of one task, as the ledger's drawer shows it: the co-units' shares of the latest closed period and
 * the targets' per-unit shares the caller may see. A task the caller does not see (a draft for a unit) is 404.
 */
export async function getTaskResponsibility(ctx: AuthedContext, id: string): Promise<TTaskResponsibility> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, id);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    const details = await loadTaskDetails(tx, [task]);
    const today = shanghaiDate(ctx.clock.now());
    const { period, byTask } = await loadLedgerResponsibility(tx, ctx.actor, [task], details.targets, today);
    return { period, ...(byTask.get(task.id) ?? { coShares: [], targetShares: [] }) };
  });
}
