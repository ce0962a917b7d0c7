import type { AppDeps } from '../../context';
import { withSystemTx } from '../../db/tx';
import { findTenantBySlug } from '../projects/projects-board.repository';

/**
 * The district whose code is `slug`, for a public request (no caller, so no tenant yet: looked up as the
 * owner, by code only). A code is short and plain; anything else is simply no district (nothing looked up).
 */
export async function findPublicDistrict(
  deps: AppDeps,
  slug: string,
): Promise<{ id: string; name: string; code: string } | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(slug)) return null;
  return (await withSystemTx(deps.db, (tx) => findTenantBySlug(tx, slug))) ?? null;
}
