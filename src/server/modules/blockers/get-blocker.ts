import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { blockerDetail } from './blocker-detail';
import { canReadBlockers } from './blockers.policy';
import type { TBlockerDetail } from './blockers.schemas';

/** GET /blockers/:id — 404 for a blocker the caller may not see. */
export async function getBlocker(ctx: AuthedContext, id: string): Promise<TBlockerDetail> {
  assertCan(canReadBlockers(ctx.actor));
  return tenantTx(ctx, (tx) => blockerDetail(tx, ctx, id));
}
