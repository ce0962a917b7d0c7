import { canReadBulletins } from './bulletins.policy';
import { tenantTx, type AuthedContext } from '../../context';
import { bulletinTitle, type BulletinData } from '../../documents/bulletin-docx';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { listBulletinRows } from './bulletins.repository';

export async function listBulletins(ctx: AuthedContext) {
  assertCan(canReadBulletins(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listBulletinRows(tx);
    return rows.map((r) => ({
      ...r,
      title: bulletinTitle(r.data as BulletinData),
      createdAt: iso(r.createdAt),
    }));
  });
}
