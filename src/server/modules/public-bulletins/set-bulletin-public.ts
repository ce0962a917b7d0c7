import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { buildPublicBulletin } from './build-public-bulletin';
import { presentPublicVersion } from './get-bulletin-public-version';
import { canManagePublicBulletins } from './public-bulletins.policy';
import { findBulletinForPublic, savePublicState } from './public-bulletins.repository';
import type { TBulletinPublicBody, TBulletinPublicVersion } from './public-bulletins.schemas';

/**
 * 通报公开: the office switches a published bulletin's public version on (built now from the bulletin's
 * period and kept, with its foreword) or off. A draft cannot be public. Audited with before and after.
 */
export async function setBulletinPublic(
  ctx: AuthedContext,
  bulletinId: string,
  body: TBulletinPublicBody,
): Promise<TBulletinPublicVersion> {
  assertCan(canManagePublicBulletins(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const row = await findBulletinForPublic(tx, bulletinId);
    if (!row) throw notFound();
    if (row.status !== 'published')
      throw new AppError('INVALID_TRANSITION', { message: '通报印发后才能公开' });
    const foreword = body.foreword ? body.foreword : null;
    if (body.isPublic)
      await savePublicState(tx, row.id, {
        isPublic: true,
        publicAt: now,
        publicForeword: foreword,
        publicData: await buildPublicBulletin(tx, ctx.actor.tenantId, row, shanghaiDate(now)),
      });
    else await savePublicState(tx, row.id, { isPublic: false, publicAt: now });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'bulletin.public_set',
      entityType: 'bulletin',
      entityId: row.id,
      before: { isPublic: row.isPublic, foreword: row.publicForeword },
      after: {
        isPublic: body.isPublic,
        foreword: body.isPublic ? foreword : row.publicForeword,
        period: row.period,
        version: row.version,
      },
    });
    return presentPublicVersion(tx, ctx, row.id);
  });
}
