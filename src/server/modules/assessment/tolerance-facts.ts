import type { TAssessmentFacts } from '../../../domain/assessment/index';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { grantedRequests } from '../tolerance-requests/tolerance-requests.repository';

const evidenceKind = {
  bulletin_criticism: 'bulletin_criticism',
  interview: 'interview',
  accountability: 'accountability',
  red_light: 'light',
} as const;

/**
 * The waivers of granted tolerance requests (容错纠错): each names the fact it waives as the assessment cites
 * it, and the ruling, which the evidence shows beside the fact. A ruling counts once made, whatever the date
 * of the fact it waives.
 */
export async function loadWaivers(tx: Executor, asOf: string): Promise<TAssessmentFacts['waivers']> {
  return (await grantedRequests(tx))
    .filter((r) => r.ruledAt && shanghaiDate(r.ruledAt) <= asOf)
    .map((r) => ({
      id: r.id,
      unitId: r.unitId,
      kind: evidenceKind[r.targetKind],
      factId: r.targetId,
      points: r.status === 'partly_granted' ? r.waivedPoints : null,
      label: `容错纠错认定${r.ruledAt ? shanghaiDate(r.ruledAt) : ''}：${
        r.status === 'granted' ? '予以容错' : `部分容错（免扣${r.waivedPoints ?? 0}分）`
      }。${r.rulingReasons ?? ''}`.slice(0, 500),
    }));
}
