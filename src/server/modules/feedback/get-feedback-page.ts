import { shanghaiDate } from '../../clock';
import { withTenantReadTx, type AppDeps } from '../../context';
import type { PublicBoardCache, PublicBoardEntry } from '../projects/public-board-cache';
import { findPublicDistrict } from '../public-disclosure/find-public-district';
import { publishedFeedback } from './feedback.repository';
import type { TPublishedFeedback } from './feedback.schemas';
import { renderFeedbackPage } from './feedback-pages';
import { publicSubjects, type PublicSubject } from './public-subjects';

/** What the feedback page shows of a district: the published answers and what a message may be about. */
export async function loadFeedbackFacts(
  deps: AppDeps,
  district: { id: string; name: string },
): Promise<{
  published: TPublishedFeedback;
  subjects: { tasks: PublicSubject[]; projects: PublicSubject[] };
}> {
  const now = deps.clock.now();
  const { rows, subjects } = await withTenantReadTx(
    deps,
    { tenantId: district.id, userId: null },
    async (tx) => ({ rows: await publishedFeedback(tx), subjects: await publicSubjects(tx, district.id) }),
  );
  return {
    subjects,
    published: {
      district: district.name,
      updatedAt: now.toISOString(),
      items: rows.map((r) => ({
        about: r.about,
        message: r.message ?? '',
        answer: r.answer ?? '',
        receivedOn: shanghaiDate(r.receivedAt),
        answeredOn: r.decidedAt ? shanghaiDate(r.decidedAt) : '',
      })),
    },
  };
}

/**
 * The feedback page of a district (the form, its choices and the published answers) and the published
 * answers as JSON, from the one-minute cache when fresh. Null for an unknown district.
 */
export async function getFeedbackPage(
  deps: AppDeps,
  cache: PublicBoardCache,
  slug: string,
): Promise<PublicBoardEntry | null> {
  const now = deps.clock.now();
  const cached = cache.get(slug, now.getTime());
  if (cached !== undefined) return cached;
  const district = await findPublicDistrict(deps, slug);
  if (!district) return null;
  const { published, subjects } = await loadFeedbackFacts(deps, district);
  const html = renderFeedbackPage({
    slug,
    district: district.name,
    asOf: shanghaiDate(now),
    subjects,
    published,
  });
  const entry = { tenantId: district.id, json: published, html };
  cache.set(slug, entry, now.getTime());
  return entry;
}
