import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { remarksOf } from './bulletin-remarks.repository';
import type { TBulletinRemarkList } from './bulletin-remarks.schemas';
import { canManageBulletins, canReadBulletins, canSeeBulletin } from './bulletins.policy';
import { findBulletin } from './bulletins.repository';
import { presentRemark } from './present-bulletin-remarks';

/** The praise and criticism of a bulletin: everyone who may see the bulletin reads them. */
export async function listBulletinRemarks(
  ctx: AuthedContext,
  bulletinId: string,
): Promise<TBulletinRemarkList> {
  assertCan(canReadBulletins(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const bulletin = await findBulletin(tx, bulletinId);
    if (!bulletin || !canSeeBulletin(ctx.actor, bulletin)) throw notFound();
    const rows = await remarksOf(tx, [bulletin.id]);
    return {
      items: rows.map((r) => presentRemark(ctx.actor, r, bulletin.status)),
      abilities: { add: canManageBulletins(ctx.actor) && bulletin.status === 'draft' },
    };
  });
}
