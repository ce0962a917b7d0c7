/**
 * Queries of the board (poster, public page, board settings) and of the ledger's import and export: the
 * projects with what the board and the sheets show of them. Tables of 0027 (projects-server's) and 0028.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  projectBoards,
  projectLeaders,
  projectNodes,
  projectPlanMonths,
  projectReports,
  projectUnits,
  projects,
  tenants,
  units,
  users,
} from '../../db/schema';

/** A district by its public slug (tenants.code); run as the owner, before a tenant is known. */
export async function findTenantBySlug(tx: Executor, slug: string) {
  const [row] = await tx
    .select({ id: tenants.id, name: tenants.name, code: tenants.code })
    .from(tenants)
    .where(eq(tenants.code, slug))
    .limit(1);
  return row;
}

export async function findTenantName(tx: Executor, tenantId: string): Promise<string> {
  const [row] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.name ?? '';
}

export async function findTenantSlug(tx: Executor, tenantId: string): Promise<string> {
  const [row] = await tx.select({ code: tenants.code }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.code ?? '';
}

export async function findBoardRow(tx: Executor) {
  const [row] = await tx.select().from(projectBoards).limit(1);
  return row;
}

/** Creates the board row at version 1, or moves it from `version` to the next; false when it moved meanwhile. */
export async function saveBoardRow(
  tx: Executor,
  row: { tenantId: string; version: number | null; now: Date; userId: string },
): Promise<boolean> {
  if (row.version === null) {
    const inserted = await tx
      .insert(projectBoards)
      .values({ tenantId: row.tenantId, version: 1, updatedAt: row.now, updatedBy: row.userId })
      .onConflictDoNothing()
      .returning({ v: projectBoards.version });
    return inserted.length === 1;
  }
  const updated = await tx
    .update(projectBoards)
    .set({ version: row.version + 1, updatedAt: row.now, updatedBy: row.userId })
    .where(and(eq(projectBoards.tenantId, row.tenantId), eq(projectBoards.version, row.version)))
    .returning({ v: projectBoards.version });
  return updated.length === 1;
}

/** Id, code and public flag of every project of the district (or of the ids given). */
export async function projectFlags(tx: Executor, ids?: string[]) {
  const q = tx
    .select({ id: projects.id, code: projects.code, name: projects.name, isPublic: projects.isPublic })
    .from(projects);
  return ids ? q.where(inArray(projects.id, ids)) : q;
}

/** Sets `is_public` on the projects whose flag changes, moving their version as any edit does. */
export async function setPublicFlags(
  tx: Executor,
  changes: { publicIds: string[]; privateIds: string[]; now: Date; userId: string },
): Promise<void> {
  for (const [ids, value] of [
    [changes.publicIds, true],
    [changes.privateIds, false],
  ] as const) {
    if (ids.length === 0) continue;
    await tx
      .update(projects)
      .set({
        isPublic: value,
        version: sql`${projects.version} + 1`,
        updatedAt: changes.now,
        updatedBy: changes.userId,
      })
      .where(inArray(projects.id, ids));
  }
}

export const boardProjectColumns = {
  id: projects.id,
  code: projects.code,
  name: projects.name,
  type: projects.type,
  source: projects.source,
  stage: projects.stage,
  stageReason: projects.stageReason,
  year: projects.year,
  address: projects.address,
  ownerEnterprise: projects.ownerEnterprise,
  totalInvestment: projects.totalInvestment,
  annualPlan: projects.annualPlan,
  carryOver: projects.carryOver,
  plannedStart: projects.plannedStart,
  plannedEnd: projects.plannedEnd,
  isPublic: projects.isPublic,
  contactUserId: projects.contactUserId,
  contactName: projects.contactName,
  contactPhone: projects.contactPhone,
};

/** Projects by code order: the public ones only, or those with the ids given, or all. */
export async function boardProjects(tx: Executor, scope: { publicOnly?: boolean; ids?: string[] }) {
  const where = scope.ids
    ? inArray(projects.id, scope.ids)
    : scope.publicOnly
      ? eq(projects.isPublic, true)
      : undefined;
  return tx.select(boardProjectColumns).from(projects).where(where).orderBy(asc(projects.code));
}
export type BoardProjectRow = Awaited<ReturnType<typeof boardProjects>>[number];

/** The street office (主体推进) and every unit of the projects, with names. */
export async function unitsOfProjects(tx: Executor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return tx
    .select({
      projectId: projectUnits.projectId,
      unitId: projectUnits.unitId,
      role: projectUnits.role,
      unitName: units.name,
      position: projectUnits.position,
    })
    .from(projectUnits)
    .innerJoin(units, eq(units.id, projectUnits.unitId))
    .where(inArray(projectUnits.projectId, projectIds))
    .orderBy(asc(projectUnits.position));
}

export async function leadersOfProjects(tx: Executor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return tx
    .select({ projectId: projectLeaders.projectId, userId: projectLeaders.userId, name: users.displayName })
    .from(projectLeaders)
    .innerJoin(users, eq(users.id, projectLeaders.userId))
    .where(inArray(projectLeaders.projectId, projectIds))
    .orderBy(asc(projectLeaders.position));
}

export async function nodesOfProjects(tx: Executor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return tx
    .select()
    .from(projectNodes)
    .where(inArray(projectNodes.projectId, projectIds))
    .orderBy(asc(projectNodes.sort), asc(projectNodes.plannedStart));
}

export async function planMonthsOfProjects(tx: Executor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return tx
    .select({
      projectId: projectPlanMonths.projectId,
      year: projectPlanMonths.year,
      month: projectPlanMonths.month,
      amount: projectPlanMonths.amount,
    })
    .from(projectPlanMonths)
    .where(inArray(projectPlanMonths.projectId, projectIds));
}

/** Every report's month, amount and status (returned ones included: the caller decides what counts). */
export async function reportsOfProjects(tx: Executor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return tx
    .select({
      projectId: projectReports.projectId,
      year: projectReports.year,
      month: projectReports.month,
      amount: projectReports.amount,
      status: projectReports.status,
    })
    .from(projectReports)
    .where(inArray(projectReports.projectId, projectIds));
}

/** Codes already taken in the district. */
export async function takenCodes(tx: Executor, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await tx.select({ code: projects.code }).from(projects).where(inArray(projects.code, codes));
  return rows.map((r) => r.code);
}

/** Inserts imported projects with their units and leaders (one statement per table). */
export async function insertImportedProjects(
  tx: Executor,
  rows: {
    projects: Array<typeof projects.$inferInsert>;
    units: Array<typeof projectUnits.$inferInsert>;
    leaders: Array<typeof projectLeaders.$inferInsert>;
  },
): Promise<void> {
  if (rows.projects.length > 0) await tx.insert(projects).values(rows.projects);
  if (rows.units.length > 0) await tx.insert(projectUnits).values(rows.units);
  if (rows.leaders.length > 0) await tx.insert(projectLeaders).values(rows.leaders);
}
