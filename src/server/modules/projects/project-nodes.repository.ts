import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { projectNodeDeps, projectNodes, units } from '../../db/schema';

export type ProjectNodeRow = typeof projectNodes.$inferSelect;
export type ProjectNodeInsert = typeof projectNodes.$inferInsert;
export type NodeWithDeps = ProjectNodeRow & { unitName: string | null; dependsOn: string[] };

/** The nodes of some projects in plan order, with their unit's name and dependencies. */
export async function nodesOfProjects(tx: Executor, projectIds: string[]): Promise<NodeWithDeps[]> {
  if (projectIds.length === 0) return [];
  const rows = await tx
    .select({ node: projectNodes, unitName: units.name })
    .from(projectNodes)
    .leftJoin(units, eq(units.id, projectNodes.unitId))
    .where(inArray(projectNodes.projectId, projectIds))
    .orderBy(asc(projectNodes.projectId), asc(projectNodes.sort), asc(projectNodes.plannedStart));
  const deps = rows.length
    ? await tx
        .select({ nodeId: projectNodeDeps.nodeId, dependsOnId: projectNodeDeps.dependsOnId })
        .from(projectNodeDeps)
        .innerJoin(projectNodes, eq(projectNodes.id, projectNodeDeps.nodeId))
        .where(inArray(projectNodes.projectId, projectIds))
    : [];
  const depsOf = new Map<string, string[]>();
  for (const d of deps) depsOf.set(d.nodeId, [...(depsOf.get(d.nodeId) ?? []), d.dependsOnId]);
  return rows.map((r) => ({
    ...r.node,
    unitName: r.unitName ?? null,
    dependsOn: depsOf.get(r.node.id) ?? [],
  }));
}

/** What the lights need of the nodes of some projects. */
export async function nodeEndsOfProjects(tx: Executor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return tx
    .select({
      projectId: projectNodes.projectId,
      plannedEnd: projectNodes.plannedEnd,
      actualEnd: projectNodes.actualEnd,
    })
    .from(projectNodes)
    .where(inArray(projectNodes.projectId, projectIds));
}

export async function findNode(tx: Executor, id: string): Promise<ProjectNodeRow | undefined> {
  return (await tx.select().from(projectNodes).where(eq(projectNodes.id, id)).limit(1))[0];
}

/** Ids among these that are nodes of any project of the tenant (for a client-chosen new node id). */
export async function existingNodeIds(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: projectNodes.id, projectId: projectNodes.projectId })
    .from(projectNodes)
    .where(inArray(projectNodes.id, ids));
  return new Map(rows.map((r) => [r.id, r.projectId]));
}

export async function insertNode(tx: Executor, values: ProjectNodeInsert): Promise<void> {
  await tx.insert(projectNodes).values(values);
}

export async function updateNode(
  tx: Executor,
  id: string,
  changes: Partial<ProjectNodeInsert>,
): Promise<void> {
  await tx.update(projectNodes).set(changes).where(eq(projectNodes.id, id));
}

/** Writes the dates a report says a node reached (when the report is approved), advancing its version. */
export async function applyNodeDates(
  tx: Executor,
  id: string,
  dates: { actualStart: string | null; actualEnd: string | null },
  at: Date,
  by: string,
): Promise<void> {
  await tx
    .update(projectNodes)
    .set({
      ...(dates.actualStart ? { actualStart: dates.actualStart } : {}),
      ...(dates.actualEnd ? { actualEnd: dates.actualEnd } : {}),
      version: sql`${projectNodes.version} + 1`,
      updatedAt: at,
      updatedBy: by,
    })
    .where(eq(projectNodes.id, id));
}

export async function updateNodeVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<ProjectNodeInsert>,
): Promise<ProjectNodeRow | undefined> {
  const [row] = await tx
    .update(projectNodes)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(projectNodes.id, id), eq(projectNodes.version, version)))
    .returning();
  return row;
}

export async function deleteNodes(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length) await tx.delete(projectNodes).where(inArray(projectNodes.id, ids));
}

/** Replaces the dependencies of the given nodes. */
export async function replaceNodeDeps(
  tx: Executor,
  tenantId: string,
  deps: Array<{ nodeId: string; dependsOn: readonly string[] }>,
): Promise<void> {
  const nodeIds = deps.map((d) => d.nodeId);
  if (nodeIds.length) await tx.delete(projectNodeDeps).where(inArray(projectNodeDeps.nodeId, nodeIds));
  const rows = deps.flatMap((d) =>
    [...new Set(d.dependsOn)].map((dependsOnId) => ({ tenantId, nodeId: d.nodeId, dependsOnId })),
  );
  if (rows.length) await tx.insert(projectNodeDeps).values(rows);
}

/** Copies planned → baseline for every node of the project. */
export async function baselineNodes(tx: Executor, projectId: string, at: Date, by: string): Promise<number> {
  const rows = await tx
    .update(projectNodes)
    .set({
      baselineStart: sql`${projectNodes.plannedStart}`,
      baselineEnd: sql`${projectNodes.plannedEnd}`,
      updatedAt: at,
      updatedBy: by,
    })
    .where(eq(projectNodes.projectId, projectId))
    .returning({ id: projectNodes.id });
  return rows.length;
}
