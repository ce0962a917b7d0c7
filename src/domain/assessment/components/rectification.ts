/**
 * rectification: the share of the unit's rectifications verified (销号) by their deadline. Overdue ones and ones
 * verified late count zero; one not yet due and not yet verified is not counted.
 */
import { dayNumber, isOnOrBefore } from '../dates';
import type { TRectificationFact } from '../facts';
import type { TEvidence } from '../result';
import { sharePercent, sortedById, type TScored } from './scored';

/** Where a rectification stands as of the end of `asOf`. */
export function classifyRectification(
  r: TRectificationFact,
  asOf: string,
): 'on_time' | 'late' | 'overdue' | 'not_due' {
  if (r.verifiedAt !== null && isOnOrBefore(r.verifiedAt, asOf)) {
    return dayNumber(r.verifiedAt) <= dayNumber(r.deadline) ? 'on_time' : 'late';
  }
  return isOnOrBefore(r.deadline, asOf) ? 'overdue' : 'not_due';
}

/** Scores the rectification component of one unit. */
export function scoreRectification(
  unitId: string,
  rectifications: readonly TRectificationFact[],
  asOf: string,
): TScored {
  const evidence: TEvidence[] = [];
  let onTime = 0;
  for (const r of sortedById(rectifications)) {
    if (r.unitId !== unitId) continue;
    const status = classifyRectification(r, asOf);
    if (status === 'not_due') continue;
    if (status === 'on_time') onTime += 1;
    evidence.push({
      kind: 'rectification',
      id: r.id,
      label: r.title,
      reason: status,
      value: status === 'on_time' ? 100 : 0,
    });
  }
  return { raw: sharePercent(onTime, evidence.length), evidence };
}
