import { assertCan } from '../../policy/assert';
import { uuidv7 } from 'uuidv7';
import { nodePlanProblems } from '../../../domain/projects';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { assertRefsInTenant } from '../../references';
import { versionConflict } from '../../versioning';
import { factsOf } from './project-bundles';
import { assertNoProblems, loadVisibleProject, todayOf } from './project-rules';
import { presentProjectNode } from './present-project-node';
import { canManageProjects, projectVerdicts } from './projects.policy';
import {
  deleteNodes,
  existingNodeIds,
  findProject,
  insertNode,
  nodesOfProjects,
  replaceNodeDeps,
  updateNode,
  updateProjectVersioned,
} from './projects.repository';
import type { TProjectNodes, TReplaceNodesBody } from './projects.schemas';

/**
 * Replaces a project's node plan (the office). Nodes sent with an id of theirs keep it — and their baseline and
 * actual dates; nodes left out are deleted; a new node may carry a client-chosen id so that others depend on
 * it. Ends before starts, unknown dependencies and cycles are refused (422 naming `nodes.i.…`); `version` is
 * the project's, which the new plan advances.
 */
export async function replaceProjectNodes(
  ctx: AuthedContext,
  id: string,
  input: TReplaceNodesBody,
): Promise<TProjectNodes> {
  const now = ctx.clock.now();
  assertCan(canManageProjects(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { bundle } = await loadVisibleProject(tx, ctx, id);
    assertAbility(projectVerdicts(ctx.actor, factsOf(bundle)), 'planNodes', {
      state: '已终止的项目不能修改节点计划',
    });
    if (bundle.row.version !== input.version) throw await versionConflict(tx, bundle.row);
    const before = await nodesOfProjects(tx, [id]);
    const current = new Map(before.map((n) => [n.id, n]));
    const planned = input.nodes.map((n, i) => ({ ...n, id: n.id ?? uuidv7(), sort: n.sort ?? i }));
    const owners = await existingNodeIds(
      tx,
      planned.filter((n) => !current.has(n.id)).map((n) => n.id),
    );
    assertNoProblems([
      ...planned.map((n, i) =>
        owners.has(n.id) ? { path: `nodes.${i}.id`, message: '节点不属于本项目' } : null,
      ),
      ...nodePlanProblems(planned),
    ]);
    await assertRefsInTenant(
      tx,
      ctx.actor.tenantId,
      planned.map((n, i) => ({ path: `nodes.${i}.unitId`, table: 'units' as const, id: n.unitId })),
    );
    const kept = new Set(planned.map((n) => n.id));
    await deleteNodes(
      tx,
      before.filter((n) => !kept.has(n.id)).map((n) => n.id),
    );
    for (const n of planned) {
      const fields = {
        name: n.name,
        kind: n.kind,
        unitId: n.unitId ?? null,
        plannedStart: n.plannedStart,
        plannedEnd: n.plannedEnd,
        sort: n.sort,
      };
      const old = current.get(n.id);
      if (!old)
        await insertNode(tx, {
          ...fields,
          id: n.id,
          tenantId: ctx.actor.tenantId,
          projectId: id,
          createdAt: now,
          updatedAt: now,
          updatedBy: ctx.actor.userId,
        });
      else if (
        (Object.keys(fields) as Array<keyof typeof fields>).some((k) => fields[k] !== old[k]) ||
        [...n.dependsOn].sort().join() !== [...old.dependsOn].sort().join()
      )
        await updateNode(tx, n.id, {
          ...fields,
          version: old.version + 1,
          updatedAt: now,
          updatedBy: ctx.actor.userId,
        });
    }
    await replaceNodeDeps(
      tx,
      ctx.actor.tenantId,
      planned.map((n) => ({ nodeId: n.id, dependsOn: n.dependsOn })),
    );
    const project = await updateProjectVersioned(tx, id, input.version, {
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!project) throw await versionConflict(tx, (await findProject(tx, id)) ?? bundle.row);
    const summary = (n: { name: string; plannedStart: string; plannedEnd: string }) =>
      `${n.name} ${n.plannedStart}~${n.plannedEnd}`;
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project.nodes_replaced',
      entityType: 'project',
      entityId: id,
      before: { nodes: before.map(summary) },
      after: { nodes: planned.map(summary) },
    });
    const today = todayOf(ctx);
    return { items: (await nodesOfProjects(tx, [id])).map((n) => presentProjectNode(n, today)) };
  });
}
