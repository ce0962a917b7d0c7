/**
 * cooperation (配合评价, issue 15): how the lead units rated the unit as a co-unit at year end — good, fair or
 * poor, each worth the scheme's `scores` (default 100 / 80 / 60) — averaged over its ratings of the year. A unit
 * no lead unit rated has no facts (its `whenNoFacts` applies).
 */
import type { TCooperationRatingFact } from '../facts';
import type { TEvidence } from '../result';
import type { TSchemeComponent } from '../scheme';
import { sortedById, type TScored } from './scored';

type TParams = Extract<TSchemeComponent, { key: 'cooperation' }>;

/** Scores the cooperation component of one unit. */
export function scoreCooperation(
  unitId: string,
  ratings: readonly TCooperationRatingFact[],
  params: TParams,
): TScored {
  const evidence: TEvidence[] = [];
  let sum = 0;
  for (const r of sortedById(ratings)) {
    if (r.unitId !== unitId) continue;
    const value = params.scores[r.rating];
    sum += value;
    evidence.push({ kind: 'cooperation', id: r.id, label: r.label, reason: 'score', value });
  }
  return { raw: evidence.length === 0 ? null : sum / evidence.length, evidence };
}
