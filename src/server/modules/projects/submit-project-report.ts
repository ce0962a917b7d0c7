import { assertCan } from '../../policy/assert';
import { uuidv7 } from 'uuidv7';
import { parseWan } from '../../../domain/money';
import { reportMonthProblem } from '../../../domain/projects';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { factsOf } from './project-bundles';
import { assertNoProblems, loadVisibleProject, todayOf } from './project-rules';
import { presentProjectReport } from './present-project-report';
import { canReportProjects, projectVerdicts } from './projects.policy';
import {
  findProjectReport,
  insertProjectReport,
  reportOfMonth,
  setReportPhotos,
  type ProjectReportRow,
} from './projects.repository';
import type { TProjectReport, TSubmitProjectReportBody } from './projects.schemas';
import { assertNodeUpdates, assertPhotos, photosOf } from './report-rules';

/**
 * Reports a month of a project (a user of its street office, or its contact): the completed investment in 万元,
 * the image progress, node dates reached and photos uploaded before. The month must be of the plan year and
 * not in the future (422 `month`); a month already reported is 409 REPORT_EXISTS (a returned report is
 * corrected instead). The report awaits the office's review; node dates are applied when it is approved.
 */
export async function submitProjectReport(
  ctx: AuthedContext,
  projectId: string,
  input: TSubmitProjectReportBody,
): Promise<TProjectReport> {
  const now = ctx.clock.now();
  const today = todayOf(ctx);
  assertCan(canReportProjects(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { bundle } = await loadVisibleProject(tx, ctx, projectId);
    const facts = factsOf(bundle);
    assertAbility(projectVerdicts(ctx.actor, facts), 'report', { state: '该阶段的项目不填报进展' });
    assertNoProblems([reportMonthProblem(input, bundle.row.year, today)]);
    const existing = await reportOfMonth(tx, projectId, input.year, input.month);
    if (existing) {
      // A retry of the same submission (the answer was lost) gets the stored report; anything else is 409.
      const stored = await findProjectReport(tx, existing.id);
      const photos = await photosOf(tx, existing.id);
      if (stored && isSameSubmission(stored.report, photos, ctx.actor.userId, input))
        return presentProjectReport(ctx.actor, stored.report, stored.submittedByName, photos, facts);
      throw new AppError('REPORT_EXISTS', { details: { reason: 'report_exists', reportId: existing.id } });
    }
    await assertNodeUpdates(tx, projectId, input.nodeUpdates, today);
    const id = uuidv7();
    await assertPhotos(tx, projectId, input.photoIds, id);
    await insertProjectReport(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      projectId,
      year: input.year,
      month: input.month,
      amount: input.amount,
      imageProgress: input.imageProgress,
      nodeUpdates: input.nodeUpdates,
      status: 'submitted',
      submittedBy: ctx.actor.userId,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await setReportPhotos(tx, id, input.photoIds);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project_report.submitted',
      entityType: 'project_report',
      entityId: id,
      after: { projectId, ...input },
    });
    const saved = await findProjectReport(tx, id);
    if (!saved) throw new Error('submitted report not found');
    return presentProjectReport(ctx.actor, saved.report, saved.submittedByName, await photosOf(tx, id), {
      ...facts,
      hasReports: true,
    });
  });
}

function isSameSubmission(
  report: ProjectReportRow,
  photos: ReadonlyArray<{ id: string }>,
  userId: string,
  input: TSubmitProjectReportBody,
): boolean {
  return (
    report.status === 'submitted' &&
    report.submittedBy === userId &&
    parseWan(report.amount) === parseWan(input.amount) &&
    report.imageProgress === input.imageProgress &&
    tuples(report.nodeUpdates) === tuples(input.nodeUpdates) &&
    photos.map((p) => p.id).join() === input.photoIds.join()
  );
}

/** Node updates compared by value (jsonb does not keep the order of keys). */
function tuples(
  updates: ReadonlyArray<{ nodeId: string; actualStart: string | null; actualEnd: string | null }>,
) {
  return JSON.stringify(updates.map((u) => [u.nodeId, u.actualStart, u.actualEnd]));
}
