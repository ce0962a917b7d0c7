import type { AppDeps } from '../../context';
import type { PublicBoardCache, PublicBoardEntry } from '../projects/public-board-cache';
import { buildPublicTasks } from './build-public-tasks';
import { cachedPublicPage } from './cached-public-page';
import type { TPublicTasks } from './public-disclosure.schemas';
import { renderPublicTasksPage } from './public-tasks-page';

/**
 * The public tasks of the district whose code is `slug`, as JSON and as the page, from the cache when
 * fresh (the same one-minute cache as the projects board). Null for an unknown district.
 */
export function getPublicTasks(
  deps: AppDeps,
  cache: PublicBoardCache,
  slug: string,
): Promise<PublicBoardEntry | null> {
  return cachedPublicPage(
    deps,
    cache,
    slug,
    async (tx, district, asOf): Promise<TPublicTasks> => ({
      district: district.name,
      updatedAt: deps.clock.now().toISOString(),
      asOf,
      tasks: await buildPublicTasks(tx, district.id, asOf),
    }),
    (json) => renderPublicTasksPage(json, slug),
  );
}
