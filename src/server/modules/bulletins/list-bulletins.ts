import { canReadBulletins, canSeeBulletin } from './bulletins.policy';
import { bulletinAbilities } from './present-bulletin-remarks';
import { tenantTx, type AuthedContext } from '../../context';
import { bulletinTitle, type BulletinData } from '../../documents/bulletin-docx';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { listBulletinRows } from './bulletins.repository';

export async function listBulletins(ctx: AuthedContext) {
  assertCan(canReadBulletins(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listBulletinRows(tx);
    // A unit and a leader see published bulletins; drafts are the office's (issue 16).
    return rows
      .filter((r) => canSeeBulletin(ctx.actor, r))
      .map((r) => ({
        ...r,
        title: bulletinTitle(r.data as BulletinData),
        createdAt: iso(r.createdAt),
        publishedAt: iso(r.publishedAt),
        abilities: bulletinAbilities(ctx.actor, r.status),
      }));
  });
}
