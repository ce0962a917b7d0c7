import type { AppDeps } from '../../context';
import type { PublicBoardCache, PublicBoardEntry } from '../projects/public-board-cache';
import { buildPublicResults } from './build-public-results';
import { cachedPublicPage } from './cached-public-page';
import type { TPublicResults } from './public-disclosure.schemas';
import { renderPublicResultsPage } from './public-results-page';

/** The district's publicly published assessment results, JSON and page, cached for a minute. */
export function getPublicResults(
  deps: AppDeps,
  cache: PublicBoardCache,
  slug: string,
): Promise<PublicBoardEntry | null> {
  return cachedPublicPage(
    deps,
    cache,
    slug,
    async (tx, district, asOf): Promise<TPublicResults> => ({
      district: district.name,
      updatedAt: deps.clock.now().toISOString(),
      asOf,
      results: await buildPublicResults(tx, asOf),
    }),
    (json) => renderPublicResultsPage(json, slug),
  );
}
