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
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const file = uuid.test(fileId) ? await fileOf(tx, id, fileId) : undefined;
    if (!file) throw notFound();
    return file;
  });
}
