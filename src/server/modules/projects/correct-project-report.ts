import { assertCan } from '../../policy/assert';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { versionConflict } from '../../versioning';
import { factsOf } from './project-bundles';
import { assertIdShape, loadVisibleProject, todayOf } from './project-rules';
import { presentProjectReport } from './present-project-report';
import { canReportProjects, projectReportVerdicts } from './projects.policy';
import { findProjectReport, setReportPhotos, updateProjectReportVersioned } from './projects.repository';
import type { TCorrectProjectReportBody, TProjectReport } from './projects.schemas';
import { assertNodeUpdates, assertPhotos, photosOf } from './report-rules';

/**
 * Corrects a report not yet approved (a returned one, or one still awaiting review): the reporters. It is
 * submitted again for review; `version` guards the edit (409 on a stale one).
 */
export async function correctProjectReport(
  ctx: AuthedContext,
  projectId: string,
  reportId: string,
  input: TCorrectProjectReportBody,
): Promise<TProjectReport> {
  const now = ctx.clock.now();
  assertCan(canReportProjects(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { bundle } = await loadVisibleProject(tx, ctx, projectId);
    const facts = factsOf(bundle);
    assertIdShape(reportId);
    const found = await findProjectReport(tx, reportId);
    if (!found || found.report.projectId !== projectId) throw notFound();
    const before = found.report;
    assertAbility(projectReportVerdicts(ctx.actor, before, facts), 'correct', {
      state: '已审核通过的报告不能修改',
    });
    if (before.version !== input.version) throw await versionConflict(tx, before);
    if (input.nodeUpdates) await assertNodeUpdates(tx, projectId, input.nodeUpdates, todayOf(ctx));
    if (input.photoIds) await assertPhotos(tx, projectId, input.photoIds, reportId);
    const after = await updateProjectReportVersioned(tx, reportId, input.version, {
      ...(input.amount !== undefined ? { amount: input.amount } : {}),
      ...(input.imageProgress !== undefined ? { imageProgress: input.imageProgress } : {}),
      ...(input.nodeUpdates ? { nodeUpdates: input.nodeUpdates } : {}),
      status: 'submitted',
      submittedBy: ctx.actor.userId,
      submittedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, (await findProjectReport(tx, reportId))?.report ?? before);
    if (input.photoIds) await setReportPhotos(tx, reportId, input.photoIds);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project_report.corrected',
      entityType: 'project_report',
      entityId: reportId,
      before: {
        projectId,
        status: before.status,
        amount: before.amount,
        imageProgress: before.imageProgress,
      },
      after: { projectId, status: after.status, amount: after.amount, imageProgress: after.imageProgress },
    });
    const saved = await findProjectReport(tx, reportId);
    if (!saved) throw notFound();
    return presentProjectReport(
      ctx.actor,
      saved.report,
      saved.submittedByName,
      await photosOf(tx, reportId),
      facts,
    );
  });
}
