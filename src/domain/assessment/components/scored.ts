import { compareStrings } from '../dates';
import type { TEvidence } from '../result';

/** What a component scorer returns: the raw value 0–100 (unrounded), or null when the unit has no facts. */
export interface TScored {
  raw: number | null;
  evidence: TEvidence[];
}

const sortedCopies = new WeakMap<readonly unknown[], readonly unknown[]>();

/**
 * A copy sorted by id, so that sums and evidence do not depend on the order facts arrive in. The scorers ask
 * for the whole year's lights and reports once per unit: the sorted copy of an array is kept (frozen, so
 * that no caller can change it for the next), which turns a district's assessment from 120 sorts of ~33,000
 * facts into one.
 */
export function sortedById<T extends { id: string }>(items: readonly T[]): T[] {
  const kept = sortedCopies.get(items);
  if (kept) return kept as T[];
  const sorted = Object.freeze([...items].sort((a, b) => compareStrings(a.id, b.id)));
  sortedCopies.set(items, sorted);
  return sorted as T[];
}

/** The share of on-time items as 0–100, or null when none counted. */
export function sharePercent(onTime: number, counted: number): number | null {
  return counted === 0 ? null : (onTime * 100) / counted;
}

const unitGroups = new WeakMap<readonly unknown[], ReadonlyMap<string, readonly unknown[]>>();

/**
 * One unit's items, sorted by id (the same order as sortedById then a filter on unitId). The grouping is
 * made once per array: the rules ask for every unit in turn, and a district's year has ~33,000 lights.
 */
export function unitItemsById<T extends { id: string; unitId: string }>(
  items: readonly T[],
  unitId: string,
): T[] {
  let groups = unitGroups.get(items) as ReadonlyMap<string, readonly T[]> | undefined;
  if (!groups) {
    const built = new Map<string, T[]>();
    for (const item of sortedById(items)) {
      const list = built.get(item.unitId);
      if (list) list.push(item);
      else built.set(item.unitId, [item]);
    }
    for (const list of built.values()) Object.freeze(list);
    groups = built;
    unitGroups.set(items, groups);
  }
  return (groups.get(unitId) ?? []) as T[];
}
