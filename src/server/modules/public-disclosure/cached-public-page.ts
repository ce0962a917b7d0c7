import { shanghaiDate } from '../../clock';
import { withTenantReadTx, type AppDeps } from '../../context';
import type { Executor } from '../../db/client';
import type { PublicBoardCache, PublicBoardEntry } from '../projects/public-board-cache';
import { findPublicDistrict } from './find-public-district';

/**
 * One public page of the district whose code is `slug`, as JSON and HTML, from the one-minute cache when fresh,
 * else built on the read replica (or the primary) and cached. An unknown district is cached as null (when its
 * code could be one), so a stream of made-up codes does not reach the database each time.
 */
export async function cachedPublicPage<T>(
  deps: AppDeps,
  cache: PublicBoardCache,
  slug: string,
  build: (tx: Executor, district: { id: string; name: string }, asOf: string) => Promise<T>,
  render: (json: T) => string,
): Promise<PublicBoardEntry | null> {
  const now = deps.clock.now();
  const cached = cache.get(slug, now.getTime());
  if (cached !== undefined) return cached;
  const district = await findPublicDistrict(deps, slug);
  if (!district) {
    if (/^[A-Za-z0-9_-]{1,64}$/.test(slug)) cache.set(slug, null, now.getTime());
    return null;
  }
  const asOf = shanghaiDate(now);
  const json = await withTenantReadTx(deps, { tenantId: district.id, userId: null }, (tx) =>
    build(tx, district, asOf),
  );
  const entry = { tenantId: district.id, json, html: render(json) };
  cache.set(slug, entry, now.getTime());
  return entry;
}
