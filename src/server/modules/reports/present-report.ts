import type { ReportAbilities } from '../../../domain/abilities';
import { iso } from '../../http';
import type { ReportRow, reportExtras } from './reports.repository';
import type { TReport } from './reports.schemas';

type Extras = Awaited<ReturnType<typeof reportExtras>>;

/** A report as the API sends it, with what the caller may do with it (computed by the caller from the domain). */
export function presentReport(row: ReportRow, extras: Extras, abilities: ReportAbilities): TReport {
  return {
    abilities,
    id: row.id,
    taskId: row.taskId,
    unitId: row.unitId,
    period: row.period,
    progress: row.progress,
    narrative: row.narrative,
    problems: row.problems,
    nextSteps: row.nextSteps,
    publicSummary: row.publicSummary,
    carriedFromPeriod: row.carriedFromPeriod,
    status: row.status,
    indicatorValues: extras.values
      .filter((v) => v.reportId === row.id)
      .map((v) => ({ targetId: v.targetId, value: v.value })),
    submittedBy: row.submittedBy,
    submittedByName: extras.names.get(row.submittedBy) ?? null,
    submittedAt: iso(row.submittedAt),
    signedAt: iso(row.signedAt),
    reviewedAt: iso(row.reviewedAt),
    reviewComment: row.reviewComment,
    history: extras.events
      .filter((e) => e.reportId === row.id)
      .map((e) => ({ action: e.action, comment: e.comment, actorName: e.actorName, at: iso(e.at) })),
    version: row.version,
  };
}
