import { assertCan } from '../../policy/assert';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { versionConflict } from '../../versioning';
import { factsOf } from './project-bundles';
import { assertIdShape, assertNoProblems, loadVisibleProject, todayOf } from './project-rules';
import { presentProjectNode } from './present-project-node';
import { canManageProjects, projectVerdicts } from './projects.policy';
import { findNode, nodesOfProjects, updateNodeVersioned } from './projects.repository';
import type { TProjectNode, TReplanNodeBody } from './projects.schemas';

/** Moves one node's planned dates (dragging on the Gantt; the office). The baseline stays; audited. */
export async function replanProjectNode(
  ctx: AuthedContext,
  projectId: string,
  nodeId: string,
  input: TReplanNodeBody,
): Promise<TProjectNode> {
  const now = ctx.clock.now();
  assertCan(canManageProjects(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { bundle } = await loadVisibleProject(tx, ctx, projectId);
    assertAbility(projectVerdicts(ctx.actor, factsOf(bundle)), 'replan', {
      state: '已终止的项目不能调整计划',
    });
    assertIdShape(nodeId);
    const before = await findNode(tx, nodeId);
    if (!before || before.projectId !== projectId) throw notFound();
    if (before.version !== input.version) throw await versionConflict(tx, before);
    assertNoProblems([
      input.plannedEnd < input.plannedStart
        ? { path: 'plannedEnd', message: '结束日期不能早于开始日期' }
        : null,
    ]);
    const after = await updateNodeVersioned(tx, nodeId, input.version, {
      plannedStart: input.plannedStart,
      plannedEnd: input.plannedEnd,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, (await findNode(tx, nodeId)) ?? before);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project.node_replanned',
      entityType: 'project_node',
      entityId: nodeId,
      before: {
        projectId,
        name: before.name,
        plannedStart: before.plannedStart,
        plannedEnd: before.plannedEnd,
      },
      after: { projectId, name: after.name, plannedStart: after.plannedStart, plannedEnd: after.plannedEnd },
    });
    const node = (await nodesOfProjects(tx, [projectId])).find((n) => n.id === nodeId);
    if (!node) throw notFound();
    return presentProjectNode(node, todayOf(ctx));
  });
}
