/**
 * report_timeliness: the share of the unit's expected period reports submitted by their deadline. Counted are
 * reports whose deadline has passed by `asOf` and reports already submitted; a report not yet due and not yet
 * submitted is not counted.
 */
import { dayNumber, isOnOrBefore } from '../dates';
import type { TExpectedReportFact, TTaskFact } from '../facts';
import type { TEvidence } from '../result';
import { sharePercent, unitItemsById, type TScored } from './scored';

export type TReportStatus = 'on_time' | 'late' | 'missing' | 'not_due';

/** Where a report stands as of the end of `asOf`. */
export function classifyReport(report: TExpectedReportFact, asOf: string): TReportStatus {
  if (report.submittedAt !== null && isOnOrBefore(report.submittedAt, asOf)) {
    return dayNumber(report.submittedAt) <= dayNumber(report.deadline) ? 'on_time' : 'late';
  }
  return isOnOrBefore(report.deadline, asOf) ? 'missing' : 'not_due';
}

/** A report's evidence label: the task's code and title when known, then the period. */
export function reportLabel(report: TExpectedReportFact, tasksById: ReadonlyMap<string, TTaskFact>): string {
  const task = tasksById.get(report.taskId);
  return `${task ? `${task.code} ${task.title}`.trim() : report.taskId} · ${report.period}`;
}

/** Scores the report_timeliness component of one unit. */
export function scoreReportTimeliness(
  unitId: string,
  reports: readonly TExpectedReportFact[],
  tasksById: ReadonlyMap<string, TTaskFact>,
  asOf: string,
): TScored {
  const evidence: TEvidence[] = [];
  let onTime = 0;
  // The unit's reports by id, grouped once for every unit (a district's year has ~33,000).
  for (const report of unitItemsById(reports, unitId)) {
    const status = classifyReport(report, asOf);
    if (status === 'not_due') continue;
    if (status === 'on_time') onTime += 1;
    evidence.push({
      kind: 'report',
      id: report.id,
      label: reportLabel(report, tasksById),
      reason: status,
      value: status === 'on_time' ? 100 : 0,
    });
  }
  return { raw: sharePercent(onTime, evidence.length), evidence };
}
