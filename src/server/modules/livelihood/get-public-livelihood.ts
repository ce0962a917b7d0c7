import type { AppDeps } from '../../context';
import type { PublicBoardCache, PublicBoardEntry } from '../projects/public-board-cache';
import { cachedPublicPage } from '../public-disclosure/cached-public-page';
import { buildPublicLivelihood } from './build-public-livelihood';
import type { TPublicLivelihood } from './livelihood.schemas';
import { renderPublicLivelihoodPage } from './public-livelihood-page';

/** The district's 民生实事 as JSON and page, from the one-minute public cache when fresh. */
export function getPublicLivelihood(
  deps: AppDeps,
  cache: PublicBoardCache,
  slug: string,
): Promise<PublicBoardEntry | null> {
  return cachedPublicPage(
    deps,
    cache,
    slug,
    async (tx, district, asOf): Promise<TPublicLivelihood> => ({
      district: district.name,
      updatedAt: deps.clock.now().toISOString(),
      asOf,
      ...(await buildPublicLivelihood(tx, district.id, asOf)),
    }),
    (json) => renderPublicLivelihoodPage(json, slug),
  );
}
