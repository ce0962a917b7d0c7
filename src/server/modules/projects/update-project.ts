import { assertCan } from '../../policy/assert';
import { uuidv7 } from 'uuidv7';
import { stagesNeedingReason } from '../../../domain/projects';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { versionConflict } from '../../versioning';
import { factsOf, loadProjectBundles } from './project-bundles';
import { assertProjectChanges, loadVisibleProject, todayOf } from './project-rules';
import { presentProject, projectAuditFields } from './present-project';
import { canManageProjects, projectVerdicts } from './projects.policy';
import { findProject, movePlanYear, updateProjectVersioned, writeProjectLinks } from './projects.repository';
import type { TProject, TUpdateProjectBody } from './projects.schemas';

/** Edits the register entry (the office); lists given replace the old ones; `version` guards the edit. */
export async function updateProject(
  ctx: AuthedContext,
  id: string,
  input: TUpdateProjectBody,
): Promise<TProject> {
  const now = ctx.clock.now();
  assertCan(canManageProjects(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { bundle: before, settings } = await loadVisibleProject(tx, ctx, id);
    assertAbility(projectVerdicts(ctx.actor, factsOf(before)), 'update');
    if (before.row.version !== input.version) throw await versionConflict(tx, before.row);
    const changes = { ...input, type: input.type === before.row.type ? undefined : input.type };
    await assertProjectChanges(tx, ctx, settings, changes, before.row);
    const { version, leaderIds, units, taskIds, targets, monthlyPlan, ...fields } = input;
    // Leaving 暂缓/终止 for an ordinary stage clears the reason, unless one is given.
    const clearReason =
      fields.stage !== undefined &&
      fields.stage !== before.row.stage &&
      !stagesNeedingReason.has(fields.stage) &&
      fields.stageReason === undefined;
    const after = await updateProjectVersioned(tx, id, version, {
      ...fields,
      ...(clearReason ? { stageReason: null } : {}),
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, (await findProject(tx, id)) ?? before.row);
    if (after.year !== before.row.year) await movePlanYear(tx, id, before.row.year, after.year);
    await writeProjectLinks(tx, after, { leaderIds, units, taskIds, targets, monthlyPlan }, uuidv7);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project.updated',
      entityType: 'project',
      entityId: id,
      before: {
        ...projectAuditFields(before.row),
        ...(leaderIds ? { leaderIds: before.leaders.map((l) => l.userId) } : {}),
        ...(units ? { units: before.units.map((u) => ({ unitId: u.unitId, role: u.role })) } : {}),
        ...(taskIds ? { taskIds: before.taskIds } : {}),
        ...(monthlyPlan ? { monthlyPlan: before.planMonths } : {}),
        ...(targets
          ? { targets: before.targets.map((t) => `${t.indicator} ${t.targetValue ?? ''}${t.unit}`) }
          : {}),
      },
      after: {
        ...projectAuditFields(after),
        ...(leaderIds ? { leaderIds } : {}),
        ...(units ? { units } : {}),
        ...(taskIds ? { taskIds } : {}),
        ...(monthlyPlan ? { monthlyPlan } : {}),
        ...(targets ? { targets: targets.map((t) => `${t.indicator} ${t.targetValue ?? ''}${t.unit}`) } : {}),
      },
    });
    const [bundle] = await loadProjectBundles(tx, [after], todayOf(ctx), settings);
    if (!bundle) throw new Error('updated project not found');
    return presentProject(ctx.actor, bundle);
  });
}
