import type { Actor } from '../../context';
import { iso } from '../../http';
import type { ProjectFacts } from './projects.policy';
import { projectReportAbilities } from './projects.policy';
import type { ProjectPhotoInfo, ProjectReportRow } from './projects.repository';
import type { TProjectReport } from './projects.schemas';
import { wanOf } from './present-project';

export function presentProjectReport(
  actor: Actor,
  report: ProjectReportRow,
  submittedByName: string,
  photos: ProjectPhotoInfo[],
  project: ProjectFacts,
): TProjectReport {
  return {
    id: report.id,
    projectId: report.projectId,
    year: report.year,
    month: report.month,
    amount: wanOf(report.amount),
    imageProgress: report.imageProgress,
    nodeUpdates: report.nodeUpdates,
    photos,
    status: report.status,
    reviewComment: report.reviewComment,
    submittedBy: report.submittedBy,
    submittedByName,
    submittedAt: report.submittedAt.toISOString(),
    reviewedAt: iso(report.reviewedAt),
    version: report.version,
    abilities: projectReportAbilities(actor, report, project),
  };
}
