/**
 * Vetoes (一票否决): an event of a kind the scheme names, dated on or before `asOf`, sets the unit's grade to
 * the lowest whatever its score. Events of kinds the scheme does not name are ignored. An event an appeal
 * ruling set aside stays listed, marked waived and citing the ruling, and no longer vetoes.
 */
import { sortedById } from './components/scored';
import { isOnOrBefore } from './dates';
import type { TVetoEvent } from './facts';
import type { TEvidence, TVetoResult } from './result';
import type { TAssessmentScheme } from './scheme';
import type { TVetoRuling } from './appeals';

/** The vetoes that apply to a unit, in the scheme's order, each with its events. */
export function findVetoes(
  unitId: string,
  scheme: TAssessmentScheme,
  events: readonly TVetoEvent[],
  asOf: string,
  setAside: readonly TVetoRuling[] = [],
): TVetoResult[] {
  const mine = sortedById(events).filter((e) => e.unitId === unitId && isOnOrBefore(e.date, asOf));
  return scheme.vetoes
    .map((v) => ({
      kind: v.key,
      name: v.name,
      evidence: mine
        .filter((e) => e.kind === v.key)
        .map((e): TEvidence => {
          const ruling = setAside.find((r) => r.unitId === unitId && r.factId === e.id);
          return ruling
            ? {
                kind: 'veto',
                id: e.id,
                label: e.title,
                reason: 'waived',
                waiver: { id: ruling.id, points: 0, label: ruling.label, by: 'appeal' },
              }
            : { kind: 'veto', id: e.id, label: e.title, reason: 'counted' };
        }),
    }))
    .filter((v) => v.evidence.length > 0);
}
