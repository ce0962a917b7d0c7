import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  projectLeaders,
  projectPlanMonths,
  projectReports,
  projectTargets,
  projectTasks,
  projectUnits,
  projects,
  taskCodeCounters,
  units,
  users,
} from '../../db/schema';
import type { ProjectUnitRole } from '../../../domain/vocabulary';
export * from './project-nodes.repository';
export * from './project-reports.repository';

export type ProjectRow = typeof projects.$inferSelect;
export type ProjectInsert = typeof projects.$inferInsert;

/** Who a visibility filter is for: null sees every project of the tenant. */
export type ProjectScope = { userId: string; unitId: string | null } | null;

export interface ProjectListFilter {
  type?: string | undefined;
  stage?: ProjectRow['stage'] | undefined;
  streetUnitId?: string | undefined;
  leaderId?: string | undefined;
  q?: string | undefined;
  year?: number | undefined;
}

export async function findProject(tx: Executor, id: string): Promise<ProjectRow | undefined> {
  return (await tx.select().from(projects).where(eq(projects.id, id)).limit(1))[0];
}

/** A unit user's projects: their unit holds a role, they contract it, or they are its contact. */
function visibleTo(scope: NonNullable<ProjectScope>): SQL {
  const byUnit = scope.unitId
    ? sql`EXISTS (SELECT 1 FROM project_units pu WHERE pu.project_id = ${projects.id} AND pu.unit_id = ${scope.unitId})`
    : sql`false`;
  return sql`(${byUnit} OR EXISTS (SELECT 1 FROM project_leaders pl WHERE pl.project_id = ${projects.id} AND pl.user_id = ${scope.userId}) OR ${projects.contactUserId} = ${scope.userId})`;
}

/** Every project matching the filters that the scope sees, by code (the list pages after the light filter). */
export async function listProjectRows(
  tx: Executor,
  scope: ProjectScope,
  filter: ProjectListFilter,
): Promise<ProjectRow[]> {
  const where: SQL[] = [];
  if (scope) where.push(visibleTo(scope));
  if (filter.type) where.push(eq(projects.type, filter.type));
  if (filter.stage) where.push(eq(projects.stage, filter.stage));
  if (filter.year) where.push(eq(projects.year, filter.year));
  if (filter.streetUnitId)
    where.push(
      sql`EXISTS (SELECT 1 FROM project_units pu WHERE pu.project_id = ${projects.id} AND pu.role = 'street' AND pu.unit_id = ${filter.streetUnitId})`,
    );
  if (filter.leaderId)
    where.push(
      sql`EXISTS (SELECT 1 FROM project_leaders pl WHERE pl.project_id = ${projects.id} AND pl.user_id = ${filter.leaderId})`,
    );
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(projects.name, like), ilike(projects.code, like));
    if (match) where.push(match);
  }
  return tx
    .select()
    .from(projects)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(projects.code));
}

export function groupBy<T extends { projectId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.projectId);
    if (list) list.push(row);
    else map.set(row.projectId, [row]);
  }
  return map;
}

/** Leaders, units, tasks, targets, the monthly plan and the year's reports of some projects, a query each. */
export async function loadProjectRelations(tx: Executor, rows: ProjectRow[]) {
  const ids = rows.map((r) => r.id);
  const none = ids.length === 0;
  const leaderRows = none
    ? []
    : await tx
        .select({
          projectId: projectLeaders.projectId,
          userId: projectLeaders.userId,
          name: users.displayName,
        })
        .from(projectLeaders)
        .innerJoin(users, eq(users.id, projectLeaders.userId))
        .where(inArray(projectLeaders.projectId, ids))
        .orderBy(asc(projectLeaders.position));
  const unitRows = none
    ? []
    : await tx
        .select({
          projectId: projectUnits.projectId,
          unitId: projectUnits.unitId,
          unitName: units.name,
          role: projectUnits.role,
        })
        .from(projectUnits)
        .innerJoin(units, eq(units.id, projectUnits.unitId))
        .where(inArray(projectUnits.projectId, ids))
        .orderBy(asc(projectUnits.position));
  const taskRows = none
    ? []
    : await tx
        .select({ projectId: projectTasks.projectId, taskId: projectTasks.taskId })
        .from(projectTasks)
        .where(inArray(projectTasks.projectId, ids));
  const targetRows = none
    ? []
    : await tx
        .select()
        .from(projectTargets)
        .where(inArray(projectTargets.projectId, ids))
        .orderBy(asc(projectTargets.position));
  const planRows = none
    ? []
    : await tx
        .select({
          projectId: projectPlanMonths.projectId,
          month: projectPlanMonths.month,
          amount: projectPlanMonths.amount,
        })
        .from(projectPlanMonths)
        .innerJoin(projects, eq(projects.id, projectPlanMonths.projectId))
        .where(and(inArray(projectPlanMonths.projectId, ids), eq(projectPlanMonths.year, projects.year)))
        .orderBy(asc(projectPlanMonths.month));
  const reportRows = none
    ? []
    : await tx
        .select({
          projectId: projectReports.projectId,
          year: projectReports.year,
          month: projectReports.month,
          amount: projectReports.amount,
          status: projectReports.status,
        })
        .from(projectReports)
        .where(inArray(projectReports.projectId, ids));
  const tasksBy = groupBy(taskRows);
  return {
    leaders: groupBy(leaderRows),
    units: groupBy(unitRows),
    taskIds: new Map([...tasksBy].map(([k, v]) => [k, v.map((t) => t.taskId)])),
    targets: groupBy(targetRows),
    planMonths: groupBy(planRows),
    reports: groupBy(reportRows),
  };
}
export type LoadedRelations = Awaited<ReturnType<typeof loadProjectRelations>>;

export async function insertProject(tx: Executor, values: ProjectInsert): Promise<ProjectRow> {
  const [row] = await tx.insert(projects).values(values).returning();
  if (!row) throw new Error('project insert returned nothing');
  return row;
}

export async function updateProjectVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<ProjectInsert>,
): Promise<ProjectRow | undefined> {
  const [row] = await tx
    .update(projects)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(projects.id, id), eq(projects.version, version)))
    .returning();
  return row;
}

export async function deleteProjectRow(tx: Executor, id: string): Promise<void> {
  await tx.delete(projects).where(eq(projects.id, id));
}

export async function codeTaken(tx: Executor, code: string, exceptId?: string): Promise<boolean> {
  const rows = await tx.select({ id: projects.id }).from(projects).where(eq(projects.code, code));
  return rows.some((r) => r.id !== exceptId);
}

/** The next number of the year's project codes (the task code counters, prefix XM). */
export async function nextProjectNumber(tx: Executor, tenantId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(taskCodeCounters)
    .values({ tenantId, year, prefix: 'XM', last: 1 })
    .onConflictDoUpdate({
      target: [taskCodeCounters.tenantId, taskCodeCounters.year, taskCodeCounters.prefix],
      set: { last: sql`${taskCodeCounters.last} + 1` },
    })
    .returning({ last: taskCodeCounters.last });
  return row?.last ?? 1;
}

export interface ProjectLinks {
  leaderIds?: string[] | undefined;
  units?: Array<{ unitId: string; role: ProjectUnitRole }> | undefined;
  taskIds?: string[] | undefined;
  targets?: Array<{ indicator: string; unit: string; targetValue: number | null }> | undefined;
  /** The plan of `year`. */
  monthlyPlan?: Array<{ month: number; amount: string }> | undefined;
}

/** Replaces each list given (leaving the others), for the project's tenant and plan year. */
export async function writeProjectLinks(
  tx: Executor,
  project: { id: string; tenantId: string; year: number },
  links: ProjectLinks,
  newId: () => string,
): Promise<void> {
  const { id: projectId, tenantId } = project;
  if (links.leaderIds) {
    await tx.delete(projectLeaders).where(eq(projectLeaders.projectId, projectId));
    const ids = [...new Set(links.leaderIds)];
    if (ids.length)
      await tx
        .insert(projectLeaders)
        .values(ids.map((userId, position) => ({ tenantId, projectId, userId, position })));
  }
  if (links.units) {
    await tx.delete(projectUnits).where(eq(projectUnits.projectId, projectId));
    const seen = new Set<string>();
    const list = links.units.filter(
      (u) => !seen.has(`${u.unitId}/${u.role}`) && seen.add(`${u.unitId}/${u.role}`),
    );
    if (list.length)
      await tx
        .insert(projectUnits)
        .values(list.map((u, position) => ({ tenantId, projectId, ...u, position })));
  }
  if (links.taskIds) {
    await tx.delete(projectTasks).where(eq(projectTasks.projectId, projectId));
    const ids = [...new Set(links.taskIds)];
    if (ids.length)
      await tx.insert(projectTasks).values(ids.map((taskId) => ({ tenantId, projectId, taskId })));
  }
  if (links.targets) {
    await tx.delete(projectTargets).where(eq(projectTargets.projectId, projectId));
    if (links.targets.length)
      await tx
        .insert(projectTargets)
        .values(links.targets.map((t, position) => ({ id: newId(), tenantId, projectId, position, ...t })));
  }
  if (links.monthlyPlan) {
    await tx
      .delete(projectPlanMonths)
      .where(and(eq(projectPlanMonths.projectId, projectId), eq(projectPlanMonths.year, project.year)));
    if (links.monthlyPlan.length)
      await tx
        .insert(projectPlanMonths)
        .values(links.monthlyPlan.map((m) => ({ tenantId, projectId, year: project.year, ...m })));
  }
}

/** Moves a project's monthly plan to another plan year (when its year changes). */
export async function movePlanYear(tx: Executor, projectId: string, from: number, to: number): Promise<void> {
  await tx
    .delete(projectPlanMonths)
    .where(and(eq(projectPlanMonths.projectId, projectId), eq(projectPlanMonths.year, to)));
  await tx
    .update(projectPlanMonths)
    .set({ year: to })
    .where(and(eq(projectPlanMonths.projectId, projectId), eq(projectPlanMonths.year, from)));
}

/** Users among the ids who hold the district leader role (区领导), active. */
export async function activeLeaderIds(tx: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), sql`'leader' = ANY(${users.roles})`, eq(users.active, true)));
  return new Set(rows.map((r) => r.id));
}
