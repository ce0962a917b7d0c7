import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { loadVisibleBlocker } from './blocker-scope';
import { canReadBlockers } from './blockers.policy';
import { fileOf } from './blockers.repository';

/** One evidence file of a blocker the caller sees (404 otherwise). */
export async function readBlockerFile(ctx: AuthedContext, id: string, fileId: string) {
  assertCan(canReadBlockers(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await loadVisibleBlocker(tx, ctx, id);
    const file = await fileOf(tx, id, fileId);
    if (!file) throw notFound();
    return file;
  });
}
