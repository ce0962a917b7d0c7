import { shanghaiDate } from '../../clock';
import { withTenantReadTx, type AppDeps } from '../../context';
import { withSystemTx } from '../../db/tx';
import { buildPublicBoard } from './build-board';
import type { PublicBoardCache, PublicBoardEntry } from './public-board-cache';
import { renderPublicPage } from './public-page';
import { findTenantBySlug } from './projects-board.repository';
import type { TPublicProjects } from './projects-board.schemas';

/**
 * The public board of the district whose code is `slug`, as JSON and as the page, from the cache when fresh.
 * No caller: the district is found by its code (as the owner: no tenant is known yet), then everything is read
 * under that district's row-level security. Only projects marked public, with only the public fields. Null
 * for an unknown slug.
 */
export async function getPublicBoard(
  deps: AppDeps,
  cache: PublicBoardCache,
  slug: string,
): Promise<PublicBoardEntry | null> {
  // A district's code is short and plain; anything else is simply not a district (404, nothing looked up).
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(slug)) return null;
  const now = deps.clock.now();
  const cached = cache.get(slug, now.getTime());
  if (cached !== undefined) return cached;
  const tenant = await withSystemTx(deps.db, (tx) => findTenantBySlug(tx, slug));
  if (!tenant) {
    cache.set(slug, null, now.getTime());
    return null;
  }
  const asOf = shanghaiDate(now);
  const built = await withTenantReadTx(deps, { tenantId: tenant.id, userId: null }, (tx) =>
    buildPublicBoard(tx, tenant, asOf),
  );
  const json: TPublicProjects = {
    district: tenant.name,
    updatedAt: now.toISOString(),
    asOf,
    fields: built.fields,
    projects: built.projects as TPublicProjects['projects'],
  };
  const entry = { tenantId: tenant.id, json, html: renderPublicPage(built.board, built.projects, slug) };
  cache.set(slug, entry, now.getTime());
  return entry;
}
