import { assertCan } from '../../policy/assert';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { versionConflict } from '../../versioning';
import { factsOf } from './project-bundles';
import { loadVisibleProject } from './project-rules';
import { projectAuditFields } from './present-project';
import { canManageProjects, projectVerdicts } from './projects.policy';
import { deleteProjectRow } from './projects.repository';

/** Deletes a project registered by mistake: the office, only while it is 谋划 and has no reports (else 409). */
export async function deleteProject(ctx: AuthedContext, id: string, version?: number): Promise<void> {
  assertCan(canManageProjects(ctx.actor));
  await tenantTx(ctx, async (tx) => {
    const { bundle } = await loadVisibleProject(tx, ctx, id);
    assertAbility(projectVerdicts(ctx.actor, factsOf(bundle)), 'delete', {
      state: '只能删除谋划阶段且未填报进展的项目',
    });
    if (version !== undefined && version !== bundle.row.version) throw await versionConflict(tx, bundle.row);
    await deleteProjectRow(tx, id);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project.deleted',
      entityType: 'project',
      entityId: id,
      before: projectAuditFields(bundle.row),
    });
  });
}
