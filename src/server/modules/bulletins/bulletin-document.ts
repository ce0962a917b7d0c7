import { canReadBulletins, canSeeBulletin } from './bulletins.policy';
import { tenantTx, type AuthedContext } from '../../context';
import { bulletinTitle, type BulletinData } from '../../documents/bulletin-docx';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { findBulletin } from './bulletins.repository';

export async function bulletinDocument(
  ctx: AuthedContext,
  id: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  assertCan(canReadBulletins(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await findBulletin(tx, id);
    if (!row || !canSeeBulletin(ctx.actor, row)) throw notFound();
    return {
      fileName: `${bulletinTitle(row.data as BulletinData)}（第${row.version}版）.docx`,
      bytes: row.document,
    };
  });
}
