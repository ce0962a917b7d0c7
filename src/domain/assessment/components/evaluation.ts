/**
 * evaluation: multi-party evaluation (评议). Each party's entries are averaged; the component is the weighted
 * mean of the parties. A party with no entries follows the component's `whenNoFacts`: `reweight` leaves it out
 * (its weight spread over the parties present), `full` counts it 100, `zero` counts it 0. With no entries at all
 * the component has no facts (raw null) and the same policy applies to the whole component.
 */
import type { TEvaluationEntry } from '../facts';
import type { TEvidence } from '../result';
import { evaluationParties, type TSchemeComponent } from '../scheme';
import { sortedById, type TScored } from './scored';

type TParams = Extract<TSchemeComponent, { key: 'evaluation' }>;

/** Scores the evaluation component of one unit. */
export function scoreEvaluation(
  unitId: string,
  entries: readonly TEvaluationEntry[],
  params: TParams,
): TScored {
  const evidence: TEvidence[] = [];
  const scores = new Map<string, number[]>();
  for (const e of sortedById(entries)) {
    if (e.unitId !== unitId) continue;
    scores.set(e.party, [...(scores.get(e.party) ?? []), e.score]);
    evidence.push({
      kind: 'evaluation',
      id: e.id,
      label: e.evaluator ?? e.party,
      reason: 'score',
      value: e.score,
      party: e.party,
    });
  }
  if (scores.size === 0) return { raw: null, evidence };
  let weighted = 0;
  let weights = 0;
  for (const party of evaluationParties) {
    const weight = params.partyWeights[party];
    const values = scores.get(party);
    if (values === undefined && params.whenNoFacts === 'reweight') continue;
    const partyMean =
      values === undefined
        ? params.whenNoFacts === 'full'
          ? 100
          : 0
        : values.reduce((s, v) => s + v, 0) / values.length;
    weighted += weight * partyMean;
    weights += weight;
  }
  // Only zero-weight parties present: nothing to weigh, as if there were no entries.
  return { raw: weights === 0 ? null : weighted / weights, evidence };
}
