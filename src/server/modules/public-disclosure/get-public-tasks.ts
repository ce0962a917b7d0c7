import { shanghaiDate } from '../../clock';
import type { AppDeps } from '../../context';
import { withTenantTx } from '../../db/tx';
import type { PublicBoardCache, PublicBoardEntry } from '../projects/public-board-cache';
import { buildPublicTasks } from './build-public-tasks';
import { findPublicDistrict } from './find-public-district';
import type { TPublicTasks } from './public-disclosure.schemas';
import { renderPublicTasksPage } from './public-tasks-page';

/**
 * The public tasks of the district whose code is `slug`, as JSON and as the page, from the cache when
 * fresh (the same one-minute cache as the projects board). Null for an unknown district.
 */
export async function getPublicTasks(
  deps: AppDeps,
  cache: PublicBoardCache,
  slug: string,
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
  const tasks = await withTenantTx(deps.db, { tenantId: district.id, userId: null }, (tx) =>
    buildPublicTasks(tx, district.id, asOf),
  );
  const json: TPublicTasks = { district: district.name, updatedAt: now.toISOString(), asOf, tasks };
  const entry = { tenantId: district.id, json, html: renderPublicTasksPage(json, slug) };
  cache.set(slug, entry, now.getTime());
  return entry;
}
