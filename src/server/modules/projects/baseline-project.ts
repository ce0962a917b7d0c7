import { assertCan } from '../../policy/assert';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { versionConflict } from '../../versioning';
import { factsOf, loadProjectBundles } from './project-bundles';
import { assertNoProblems, loadVisibleProject, todayOf } from './project-rules';
import { presentProject } from './present-project';
import { canManageProjects, projectVerdicts } from './projects.policy';
import { baselineNodes, findProject, updateProjectVersioned } from './projects.repository';
import type { TBaselineBody, TProject } from './projects.schemas';

/**
 * Copies every node's planned dates to its baseline (the office): first when the project is approved; a later
 * re-baseline needs a reason (422 `reason`), which the audit log keeps.
 */
export async function baselineProject(
  ctx: AuthedContext,
  id: string,
  input: TBaselineBody,
): Promise<TProject> {
  const now = ctx.clock.now();
  assertCan(canManageProjects(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { bundle, settings } = await loadVisibleProject(tx, ctx, id);
    assertAbility(projectVerdicts(ctx.actor, factsOf(bundle)), 'baseline', {
      state: '已终止的项目不能确定基线',
    });
    const version = input.version ?? bundle.row.version;
    if (bundle.row.version !== version) throw await versionConflict(tx, bundle.row);
    assertNoProblems([
      bundle.row.baselinedAt && !input.reason ? { path: 'reason', message: '重新确定基线须写明原因' } : null,
    ]);
    const count = await baselineNodes(tx, id, now, ctx.actor.userId);
    const after = await updateProjectVersioned(tx, id, version, {
      baselinedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, (await findProject(tx, id)) ?? bundle.row);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project.baselined',
      entityType: 'project',
      entityId: id,
      before: { baselinedAt: bundle.row.baselinedAt?.toISOString() ?? null },
      after: { baselinedAt: now.toISOString(), nodes: count, reason: input.reason ?? null },
    });
    const [fresh] = await loadProjectBundles(tx, [after], todayOf(ctx), settings);
    if (!fresh) throw new Error('baselined project not found');
    return presentProject(ctx.actor, fresh);
  });
}
