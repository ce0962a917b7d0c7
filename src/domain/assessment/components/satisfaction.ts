/**
 * satisfaction: the unit's public satisfaction score (0–100). With several periods it is the mean of the
 * periods; a period entered more than once counts as the mean of its entries, so it weighs no more than others.
 */
import { compareStrings } from '../dates';
import type { TSatisfactionEntry } from '../facts';
import type { TEvidence } from '../result';
import { sortedById, type TScored } from './scored';

/** Scores the satisfaction component of one unit. */
export function scoreSatisfaction(unitId: string, entries: readonly TSatisfactionEntry[]): TScored {
  const evidence: TEvidence[] = [];
  const byPeriod = new Map<string, number[]>();
  for (const e of sortedById(entries)) {
    if (e.unitId !== unitId) continue;
    byPeriod.set(e.period, [...(byPeriod.get(e.period) ?? []), e.score]);
    evidence.push({ kind: 'satisfaction', id: e.id, label: e.period, reason: 'score', value: e.score });
  }
  if (byPeriod.size === 0) return { raw: null, evidence };
  const periods = [...byPeriod.keys()].sort(compareStrings);
  const means = periods.map((p) => mean(byPeriod.get(p) ?? []));
  return { raw: mean(means), evidence };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
