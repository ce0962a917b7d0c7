import { assertCan } from '../../policy/assert';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { versionConflict } from '../../versioning';
import { factsOf } from './project-bundles';
import { assertIdShape, loadVisibleProject } from './project-rules';
import { presentProjectReport } from './present-project-report';
import { canManageProjects, projectReportVerdicts } from './projects.policy';
import { applyNodeDates, findProjectReport, updateProjectReportVersioned } from './projects.repository';
import type { TProjectReport } from './projects.schemas';
import { photosOf } from './report-rules';

/**
 * The office approves a report awaiting review — its node dates are then written to the nodes — or returns it
 * with a comment for correction. `version`, when given, guards against a report changed meanwhile.
 */
export async function reviewProjectReport(
  ctx: AuthedContext,
  projectId: string,
  reportId: string,
  action: 'approve' | 'return',
  input: { version?: number | undefined; comment?: string | undefined },
): Promise<TProjectReport> {
  const now = ctx.clock.now();
  assertCan(canManageProjects(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { bundle } = await loadVisibleProject(tx, ctx, projectId);
    const facts = factsOf(bundle);
    assertIdShape(reportId);
    const found = await findProjectReport(tx, reportId);
    if (!found || found.report.projectId !== projectId) throw notFound();
    const before = found.report;
    assertAbility(projectReportVerdicts(ctx.actor, before, facts), 'review', {
      state: '只能审核待审核的报告',
    });
    const version = input.version ?? before.version;
    if (before.version !== version) throw await versionConflict(tx, before);
    const after = await updateProjectReportVersioned(tx, reportId, version, {
      status: action === 'approve' ? 'approved' : 'returned',
      reviewComment: input.comment?.trim() || null,
      reviewedBy: ctx.actor.userId,
      reviewedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, (await findProjectReport(tx, reportId))?.report ?? before);
    if (action === 'approve')
      for (const u of before.nodeUpdates) await applyNodeDates(tx, u.nodeId, u, now, ctx.actor.userId);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: action === 'approve' ? 'project_report.approved' : 'project_report.returned',
      entityType: 'project_report',
      entityId: reportId,
      before: { projectId, status: before.status },
      after: { projectId, status: after.status, comment: after.reviewComment },
    });
    return presentProjectReport(ctx.actor, after, found.submittedByName, await photosOf(tx, reportId), facts);
  });
}
