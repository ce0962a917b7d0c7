/**
 * 季度分析's responsibility figures (issue 15), per unit: the co-unit shares it owed for the closed periods of
 * the quarter — given on time, late (after the period's close) or still missing — and its tasks' acceptance:
 * completion requests made in the quarter, outcomes decided in it, average days to accept. Pure.
 */
import { acceptanceFigures, type CompletionRequestFacts } from './acceptance-figures';
import type { TExpectedReportFact } from './assessment/facts';

export interface QuarterlyShareFigures {
  unitId: string;
  unitName: string;
  owed: number;
  onTime: number;
  late: number;
  missing: number;
}

export interface QuarterlyAcceptanceFigures {
  unitId: string;
  unitName: string;
  requested: number;
  accepted: number;
  acceptedWithRemarks: number;
  returned: number;
  averageDaysToAccept: number | null;
  waiting: number;
}

export interface QuarterlyResponsibility {
  shares: QuarterlyShareFigures[];
  acceptance: QuarterlyAcceptanceFigures[];
}

/** Each co-unit's owed shares of the quarter by how they were given; most missing first. */
export function shareFiguresByUnit(
  owed: readonly TExpectedReportFact[],
  unitName: ReadonlyMap<string, string>,
): QuarterlyShareFigures[] {
  const byUnit = new Map<string, QuarterlyShareFigures>();
  for (const f of owed) {
    const row = byUnit.get(f.unitId) ?? {
      unitId: f.unitId,
      unitName: unitName.get(f.unitId) ?? '',
      owed: 0,
      onTime: 0,
      late: 0,
      missing: 0,
    };
    row.owed += 1;
    if (f.submittedAt === null) row.missing += 1;
    else if (f.submittedAt <= f.deadline) row.onTime += 1;
    else row.late += 1;
    byUnit.set(f.unitId, row);
  }
  return [...byUnit.values()].sort(
    (a, b) => b.missing - a.missing || b.late - a.late || a.unitName.localeCompare(b.unitName, 'zh-Hans-CN'),
  );
}

/** Each lead unit's acceptance figures over [from, to]; units with nothing to show are left out. */
export function acceptanceFiguresByUnit(
  requests: readonly CompletionRequestFacts[],
  from: string,
  to: string,
  unitName: ReadonlyMap<string, string>,
): QuarterlyAcceptanceFigures[] {
  const units = [...new Set(requests.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
  return units
    .map((unitId) => {
      const f = acceptanceFigures(
        requests.filter((r) => r.unitId === unitId),
        from,
        to,
      );
      return {
        unitId,
        unitName: unitName.get(unitId) ?? '',
        requested: f.requested,
        accepted: f.accepted,
        acceptedWithRemarks: f.acceptedWithRemarks,
        returned: f.returned,
        averageDaysToAccept: f.averageDaysToAccept,
        waiting: f.waiting.length,
      };
    })
    .filter((u) => u.requested + u.accepted + u.acceptedWithRemarks + u.returned + u.waiting > 0)
    .sort((a, b) => b.requested - a.requested || a.unitName.localeCompare(b.unitName, 'zh-Hans-CN'));
}
