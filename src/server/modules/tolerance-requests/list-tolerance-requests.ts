import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { presentToleranceRequest } from './present-tolerance-request';
import { tolerableKinds } from './tolerable-kinds';
import {
  canFileToleranceRequests,
  canReadAllToleranceRequests,
  canReadToleranceRequests,
} from './tolerance-requests.policy';
import { listRequestRows } from './tolerance-requests.repository';
import type { TToleranceRequestList } from './tolerance-requests.schemas';

/** 容错纠错 requests: every one for the office and leaders, a unit's own for its people. */
export async function listToleranceRequests(ctx: AuthedContext): Promise<TToleranceRequestList> {
  assertCan(canReadToleranceRequests(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listRequestRows(tx, canReadAllToleranceRequests(ctx.actor) ? null : ctx.actor.unitId);
    return {
      items: rows.map((r) => presentToleranceRequest(ctx.actor, r)),
      abilities: { file: canFileToleranceRequests(ctx.actor) },
      tolerableKinds: tolerableKinds(await loadSettings(tx, ctx.actor.tenantId)),
    };
  });
}
