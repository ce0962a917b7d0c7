import { toAbilities } from '../../../domain/abilities';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { presentShares } from './present-share';
import { canReadShares, canSeeShare, taskSharesVerdicts } from './shares.policy';
import { sharesOfTaskPeriod, shareNames } from './shares.repository';
import type { TSharesQuery, TTaskShareList } from './shares.schemas';
import { taskForShares } from './task-for-shares';

/**
 * 配合单位报送 of a task for one period (today's by default): one line per co-unit the caller may see — all of
 * them for the office, leaders and the lead unit, its own for a co-unit — with its share or none yet.
 */
export async function listShares(
  ctx: AuthedContext,
  taskId: string,
  query: TSharesQuery,
): Promise<TTaskShareList> {
  assertCan(canReadShares(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { task, currentPeriod } = await taskForShares(tx, ctx, taskId);
    const period = query.period ?? currentPeriod;
    const unitIds = task.coUnitIds.filter((unitId) => canSeeShare(ctx.actor, task, { unitId }));
    const rows = (await sharesOfTaskPeriod(tx, taskId, period)).filter((r) => unitIds.includes(r.unitId));
    const shares = new Map((await presentShares(tx, ctx.actor, task, rows)).map((s) => [s.unitId, s]));
    const names = await shareNames(tx, unitIds, []);
    return {
      period,
      units: unitIds.map((unitId) => ({
        unitId,
        unitName: names.units.get(unitId) ?? null,
        share: shares.get(unitId) ?? null,
      })),
      abilities: toAbilities(taskSharesVerdicts(ctx.actor, task)),
    };
  });
}
