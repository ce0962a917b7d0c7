/**
 * The shares each co-unit owed (配合单位分报) as assessment facts: for every closed period of the year in which
 * the task ran (accepted by the period's end, not completed before it began, not cancelled), one expected share
 * per co-unit, due at the period's close. A share not given by then is a missing (or late) report of the co-unit,
 * as a lead unit's missing report is.
 */
import type { TExpectedReportFact } from './assessment/facts';
import { periodEnd, periodStart, type ReportPeriodKind } from './schedule';
import type { ShareStatus } from './vocabulary';

export interface ShareTaskFacts {
  id: string;
  coUnitIds: readonly string[];
  status: string;
  /** Calendar dates (Asia/Shanghai). */
  acceptedOn: string | null;
  completedOn: string | null;
}

/** The closed periods of `year` (ended before `asOf`), months or quarters as the district reports. */
export function closedPeriodsOfYear(year: number, asOf: string, kind: ReportPeriodKind): string[] {
  const keys =
    kind === 'month'
      ? Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
      : [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return keys.filter((p) => periodEnd(p) < asOf);
}

/**
 * Expected shares, with the day each was given (null when never). A share the lead unit returned and the co-unit
 * has not redone is not given (missing, or late once redone); one redone counts from the day it was redone.
 */
export function expectedShareFacts(
  tasks: readonly ShareTaskFacts[],
  shares: ReadonlyArray<{
    taskId: string;
    unitId: string;
    period: string;
    status: ShareStatus;
    givenOn: string;
  }>,
  periods: readonly string[],
): TExpectedReportFact[] {
  const given = new Map(
    shares
      .filter((s) => s.status !== 'returned')
      .map((s) => [`${s.taskId}:${s.period}:${s.unitId}`, s.givenOn]),
  );
  const out: TExpectedReportFact[] = [];
  for (const t of tasks) {
    if (t.status === 'cancelled' || t.acceptedOn === null) continue;
    for (const period of periods) {
      const end = periodEnd(period);
      if (t.acceptedOn > end) continue;
      if (t.completedOn !== null && t.completedOn <= periodStart(period)) continue;
      for (const unitId of t.coUnitIds) {
        const key = `${t.id}:${period}:${unitId}`;
        out.push({
          // Begins with the task's id, like a report's, so its evidence links to the task page.
          id: `${t.id}:${period}:share:${unitId}`,
          taskId: t.id,
          unitId,
          period,
          deadline: end,
          submittedAt: given.get(key) ?? null,
        });
      }
    }
  }
  return out;
}
