import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { presentToleranceRequest } from './present-tolerance-request';
import { canReadToleranceRequests, canSeeToleranceRequest } from './tolerance-requests.policy';
import { findRequestRow } from './tolerance-requests.repository';
import type { TToleranceRequest } from './tolerance-requests.schemas';

export async function findToleranceRequest(ctx: AuthedContext, id: string): Promise<TToleranceRequest> {
  assertCan(canReadToleranceRequests(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await findRequestRow(tx, id);
    if (!row || !canSeeToleranceRequest(ctx.actor, row.request)) throw notFound();
    return presentToleranceRequest(ctx.actor, row);
  });
}
