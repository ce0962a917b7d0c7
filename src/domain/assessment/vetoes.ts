/**
 * Vetoes (一票否决): an event of a kind the scheme names, dated on or before `asOf`, sets the unit's grade to
 * the lowest whatever its score. Events of kinds the scheme does not name are ignored.
 */
import { sortedById } from './components/scored';
import { isOnOrBefore } from './dates';
import type { TVetoEvent } from './facts';
import type { TVetoResult } from './result';
import type { TAssessmentScheme } from './scheme';

/** The vetoes that apply to a unit, in the scheme's order, each with its events. */
export function findVetoes(
  unitId: string,
  scheme: TAssessmentScheme,
  events: readonly TVetoEvent[],
  asOf: string,
): TVetoResult[] {
  const mine = sortedById(events).filter((e) => e.unitId === unitId && isOnOrBefore(e.date, asOf));
  return scheme.vetoes
    .map((v) => ({
      kind: v.key,
      name: v.name,
      evidence: mine
        .filter((e) => e.kind === v.key)
        .map((e) => ({ kind: 'veto' as const, id: e.id, label: e.title, reason: 'counted' as const })),
    }))
    .filter((v) => v.evidence.length > 0);
}
