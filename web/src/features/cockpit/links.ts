import type { CockpitUnit } from '../../api/cockpit';
import type { Light } from '../../api/types';

/** Height of one unit's bar row; the chart grows with the units it shows. */
export const ROW_HEIGHT = 30;
export const SCREEN_ROW_HEIGHT = 44;

/** The ledger's view of one unit's tasks of one light (or all its tasks): the lead unit only, as counted. */
export function ledgerLinkOf(unitId: string, light: Light | null): string {
  const query = new URLSearchParams({ leadUnitId: unitId });
  if (light) query.set('light', light);
  return `/ledger?${query.toString()}`;
}

/** Where an overdue rectification is handled: the rectifications tab, showing that one. */
export function rectificationLink(id: string): string {
  return `/supervision?tab=rectifications&id=${encodeURIComponent(id)}`;
}

/** A light's share of a unit's tasks, in percent with one decimal (0 for a unit without tasks). */
export function shareOf(unit: CockpitUnit, light: Light): number {
  return unit.total ? Math.round((unit[light] * 1000) / unit.total) / 10 : 0;
}
