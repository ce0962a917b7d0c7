import { publicBulletinVersions } from '../../../domain/public-progress';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { tenantCode } from '../public-disclosure/public-disclosure.repository';
import { buildPublicBulletin } from './build-public-bulletin';
import { canManagePublicBulletins } from './public-bulletins.policy';
import { bulletinPublicRows, findBulletinForPublic } from './public-bulletins.repository';
import type { TBulletinPublicVersion, TPublicBulletinBody } from './public-bulletins.schemas';

/**
 * A bulletin's public version as the office sees it (inside a transaction of its district): while public, the
 * version the public reads; otherwise the preview of what switching it on now would show.
 */
export async function presentPublicVersion(
  tx: Executor,
  ctx: AuthedContext,
  bulletinId: string,
): Promise<TBulletinPublicVersion> {
  const row = await findBulletinForPublic(tx, bulletinId);
  if (!row) throw notFound();
  const kept = row.isPublic && row.publicData ? (row.publicData as TPublicBulletinBody) : null;
  const body =
    kept ?? (await buildPublicBulletin(tx, ctx.actor.tenantId, row, shanghaiDate(ctx.clock.now())));
  const latest = (await bulletinPublicRows(tx))
    .filter((r) => r.period === row.period && r.status === 'published')
    .reduce((max, r) => Math.max(max, r.version), 0);
  const code = await tenantCode(tx, ctx.actor.tenantId);
  return {
    bulletinId: row.id,
    isPublic: row.isPublic,
    foreword: row.publicForeword,
    publicAt: iso(row.publicAt),
    canBePublic: row.status === 'published',
    superseded: row.status === 'published' && latest > row.version,
    publicPath: `/public/${encodeURIComponent(code)}/bulletins/${row.period}`,
    preview: {
      ...body,
      foreword: row.publicForeword,
      updatedOn: shanghaiDate(row.publicAt ?? ctx.clock.now()),
    },
    abilities: { update: canManagePublicBulletins(ctx.actor) && row.status === 'published' },
  };
}

/** 公开版预览: the office reads the public version before (and after) switching it on. */
export async function getBulletinPublicVersion(
  ctx: AuthedContext,
  bulletinId: string,
): Promise<TBulletinPublicVersion> {
  assertCan(canManagePublicBulletins(ctx.actor));
  return tenantTx(ctx, (tx) => presentPublicVersion(tx, ctx, bulletinId));
}

/** The bulletin versions shown publicly, each with its kept public version. */
export async function publicBulletinsOf(tx: Executor) {
  return publicBulletinVersions(await bulletinPublicRows(tx)).filter((r) => r.publicData !== null);
}
