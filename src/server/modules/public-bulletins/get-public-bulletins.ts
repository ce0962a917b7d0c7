import { shanghaiDate } from '../../clock';
import type { AppDeps } from '../../context';
import type { PublicBoardCache, PublicBoardEntry } from '../projects/public-board-cache';
import { cachedPublicPage } from '../public-disclosure/cached-public-page';
import { publicBulletinsOf } from './get-bulletin-public-version';
import { renderPublicBulletinList } from './public-bulletins-page';
import type { TPublicBulletin, TPublicBulletinBody } from './public-bulletins.schemas';

/** The cached answer: every public bulletin in full (a few a year), from which list and pages are cut. */
export interface PublicBulletinsEntry {
  district: string;
  updatedAt: string;
  asOf: string;
  bulletins: TPublicBulletin[];
}

/**
 * The district's public bulletins, from the one-minute public cache when fresh: only the kept public versions
 * (never the internal figures), the list page rendered once; a bulletin's page is cut from the same entry.
 */
export function getPublicBulletins(
  deps: AppDeps,
  cache: PublicBoardCache,
  slug: string,
): Promise<PublicBoardEntry | null> {
  return cachedPublicPage(
    deps,
    cache,
    slug,
    async (tx, district, asOf): Promise<PublicBulletinsEntry> => ({
      district: district.name,
      updatedAt: deps.clock.now().toISOString(),
      asOf,
      bulletins: (await publicBulletinsOf(tx)).map((r) => ({
        ...(r.publicData as TPublicBulletinBody),
        foreword: r.publicForeword,
        updatedOn: shanghaiDate(r.publicAt ?? new Date(0)),
      })),
    }),
    (json) => renderPublicBulletinList(json, slug),
  );
}
