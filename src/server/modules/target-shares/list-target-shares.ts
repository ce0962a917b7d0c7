import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { presentShareList } from './present-target-shares';
import { canReadTargetShares } from './target-shares.policy';
import type { TTargetShareList } from './target-shares.schemas';
import { targetForShares } from './target-for-shares';

/** 指标分解: a target's shares per unit — all of them for the office, leaders and the lead unit, a unit's own otherwise. */
export async function listTargetShares(ctx: AuthedContext, targetId: string): Promise<TTargetShareList> {
  assertCan(canReadTargetShares(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const loaded = await targetForShares(tx, ctx, targetId);
    const settings = lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
    return presentShareList(tx, ctx.actor, loaded, today, settings);
  });
}
