import { compareStrings } from '../dates';
import type { TEvidence } from '../result';

/** What a component scorer returns: the raw value 0–100 (unrounded), or null when the unit has no facts. */
export interface TScored {
  raw: number | null;
  evidence: TEvidence[];
}

/** A copy sorted by id, so that sums and evidence do not depend on the order facts arrive in. */
export function sortedById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.id, b.id));
}

/** The share of on-time items as 0–100, or null when none counted. */
export function sharePercent(onTime: number, counted: number): number | null {
  return counted === 0 ? null : (onTime * 100) / counted;
}
