import { and, asc, desc, eq, gte, inArray, isNotNull, lte, max, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import type { ReportStatus } from '../../../domain/workflow';
import {
  accountabilityActions,
  achievements,
  assessmentEntries,
  assessmentResults,
  assessmentSchemes,
  cooperationRatingsTable,
  interviews,
  rectifications,
  reports,
  targetShares,
  tasks,
  taskTargets,
  tenants,
  units,
  users,
} from '../../db/schema';

export type SchemeRow = typeof assessmentSchemes.$inferSelect;
export type ResultRow = typeof assessmentResults.$inferSelect;
export type EntryRow = typeof assessmentEntries.$inferSelect;
export type AchievementRow = typeof achievements.$inferSelect;

// Schemes

/** The latest published version of the year's scheme. */
export async function latestPublishedScheme(tx: Executor, year: number): Promise<SchemeRow | undefined> {
  const [row] = await tx
    .select()
    .from(assessmentSchemes)
    .where(and(eq(assessmentSchemes.year, year), eq(assessmentSchemes.status, 'published')))
    .orderBy(desc(assessmentSchemes.version))
    .limit(1);
  return row;
}

export async function schemesOfYear(tx: Executor, year: number): Promise<SchemeRow[]> {
  return tx
    .select()
    .from(assessmentSchemes)
    .where(eq(assessmentSchemes.year, year))
    .orderBy(desc(assessmentSchemes.version));
}

export async function lastSchemeVersion(tx: Executor, year: number): Promise<number | null | undefined> {
  const [last] = await tx
    .select({ v: max(assessmentSchemes.version) })
    .from(assessmentSchemes)
    .where(eq(assessmentSchemes.year, year));
  return last?.v;
}

export async function findScheme(tx: Executor, id: string): Promise<SchemeRow | undefined> {
  const [row] = await tx.select().from(assessmentSchemes).where(eq(assessmentSchemes.id, id));
  return row;
}

export async function setSchemeFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof assessmentSchemes.$inferInsert>,
): Promise<void> {
  await tx.update(assessmentSchemes).set(changes).where(eq(assessmentSchemes.id, id));
}

// Results

export async function findResultVersion(
  tx: Executor,
  year: number,
  version: number,
): Promise<ResultRow | undefined> {
  const [row] = await tx
    .select()
    .from(assessmentResults)
    .where(and(eq(assessmentResults.year, year), eq(assessmentResults.version, version)));
  return row;
}

export async function latestResult(tx: Executor, year: number): Promise<ResultRow | undefined> {
  const [final] = await tx
    .select()
    .from(assessmentResults)
    .where(eq(assessmentResults.year, year))
    .orderBy(desc(assessmentResults.version))
    .limit(1);
  return final;
}

export async function lastResultVersion(tx: Executor, year: number): Promise<number | null | undefined> {
  const [last] = await tx
    .select({ v: max(assessmentResults.version) })
    .from(assessmentResults)
    .where(and(eq(assessmentResults.year, year)));
  return last?.v;
}

export async function tenantName(tx: Executor, tenantId: string): Promise<{ name: string } | undefined> {
  const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return tenant;
}

// Entries

export async function findEntry(tx: Executor, id: string): Promise<EntryRow | undefined> {
  const [row] = await tx.select().from(assessmentEntries).where(eq(assessmentEntries.id, id));
  return row;
}

export async function setEntryFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof assessmentEntries.$inferInsert>,
): Promise<EntryRow | undefined> {
  const [after] = await tx
    .update(assessmentEntries)
    .set(changes)
    .where(eq(assessmentEntries.id, id))
    .returning();
  return after;
}

/** The year's entries, newest first. */
export async function entriesOfYearNewestFirst(tx: Executor, year: number): Promise<EntryRow[]> {
  return tx
    .select()
    .from(assessmentEntries)
    .where(eq(assessmentEntries.year, year))
    .orderBy(desc(assessmentEntries.createdAt));
}

// The facts the engine takes

export async function activeUnitRows(tx: Executor) {
  return tx.select().from(units).where(eq(units.active, true));
}

/**
 * The published tasks the assessment of a year follows — led by a unit, with dates, running into the year —
 * and only the columns its rules read (not the tasks' texts).
 */
export async function publishedTaskRowsOfYear(tx: Executor, year: number) {
  return tx
    .select({
      id: tasks.id,
      code: tasks.code,
      title: tasks.title,
      leadUnitId: tasks.leadUnitId,
      coUnitIds: tasks.coUnitIds,
      isKey: tasks.isKey,
      startDate: tasks.startDate,
      dueDate: tasks.dueDate,
      status: tasks.status,
      progress: tasks.progress,
      publishedAt: tasks.publishedAt,
      acceptedAt: tasks.acceptedAt,
      completedAt: tasks.completedAt,
    })
    .from(tasks)
    .where(
      and(
        isNotNull(tasks.publishedAt),
        isNotNull(tasks.leadUnitId),
        lte(tasks.startDate, `${year}-12-31`),
        gte(tasks.dueDate, `${year}-01-01`),
      ),
    );
}
export type AssessedTaskRow = Awaited<ReturnType<typeof publishedTaskRowsOfYear>>[number];

export type AssessedReport = { period: string; status: ReportStatus; sentOn: string };

/**
 * What the assessment reads of each report — its period, status and the day it was first sent (Asia/Shanghai,
 * as `shanghaiDate`) — packed into one row per task: a district's year has ~33,000 reports, and reading them
 * one row each took most of the assessment's time on PGlite (periods and statuses hold no space or comma).
 */
export async function reportsOfTasks(
  tx: Executor,
  taskIds: string[],
): Promise<Map<string, AssessedReport[]>> {
  const byTask = new Map<string, AssessedReport[]>();
  if (!taskIds.length) return byTask;
  const rows = await queryRows<{ task_id: string; packed: string }>(
    tx,
    sql`SELECT ${reports.taskId} AS task_id, string_agg(${reports.period} || ' ' || ${reports.status} || ' ' ||
          to_char((${reports.createdAt} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD'), ',') AS packed
        FROM ${reports} WHERE ${reports.taskId} = ANY(${`{${taskIds.join(',')}}`}::uuid[])
        GROUP BY ${reports.taskId}`,
  );
  for (const row of rows)
    byTask.set(
      row.task_id,
      row.packed.split(',').map((one) => {
        const [period = '', status = '', sentOn = ''] = one.split(' ');
        return { period, status: status as ReportStatus, sentOn };
      }),
    );
  return byTask;
}

export async function rectificationsDueIn(tx: Executor, year: number) {
  return tx
    .select()
    .from(rectifications)
    .where(and(gte(rectifications.deadline, `${year}-01-01`), lte(rectifications.deadline, `${year}-12-31`)));
}

export async function entriesOfYear(tx: Executor, year: number): Promise<EntryRow[]> {
  return tx.select().from(assessmentEntries).where(eq(assessmentEntries.year, year));
}

export async function allInterviews(tx: Executor) {
  return tx.select().from(interviews);
}

export async function allAccountabilityActions(tx: Executor) {
  return tx.select().from(accountabilityActions);
}

// Achievements (个人政绩)

/** The declarers' and units' names and the linked tasks' codes and titles, in three queries. */
export async function achievementNames(
  tx: Executor,
  userIds: string[],
  unitIds: string[],
  taskIds: string[],
) {
  const userNames = new Map(
    userIds.length
      ? (
          await tx
            .select({ id: users.id, name: users.displayName })
            .from(users)
            .where(inArray(users.id, userIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const unitNames = new Map(
    unitIds.length
      ? (
          await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const taskInfo = new Map(
    taskIds.length
      ? (
          await tx
            .select({ id: tasks.id, code: tasks.code, title: tasks.title })
            .from(tasks)
            .where(inArray(tasks.id, taskIds))
        ).map((t) => [t.id, t])
      : [],
  );
  return { userNames, unitNames, taskInfo };
}

export async function findAchievement(tx: Executor, id: string): Promise<AchievementRow | undefined> {
  const [row] = await tx.select().from(achievements).where(eq(achievements.id, id));
  return row;
}

export interface AchievementFilter {
  year?: number | undefined;
  unitId?: string | undefined;
  status?: AchievementRow['status'] | undefined;
  /** The caller's scope: a unit head sees the unit's, anyone else without read_all his own. */
  scopeUnitId?: string | undefined;
  userId?: string | undefined;
}

/** Achievements matching the filter, newest first. */
export async function listAchievementRows(
  tx: Executor,
  filter: AchievementFilter,
): Promise<AchievementRow[]> {
  const where: SQL[] = [];
  if (filter.year !== undefined) where.push(eq(achievements.year, filter.year));
  if (filter.unitId) where.push(eq(achievements.unitId, filter.unitId));
  if (filter.status) where.push(eq(achievements.status, filter.status));
  if (filter.scopeUnitId) where.push(eq(achievements.unitId, filter.scopeUnitId));
  if (filter.userId) where.push(eq(achievements.userId, filter.userId));
  return tx
    .select()
    .from(achievements)
    .where(and(...where))
    .orderBy(desc(achievements.createdAt), desc(achievements.id));
}

export async function insertAchievement(
  tx: Executor,
  row: typeof achievements.$inferInsert,
): Promise<AchievementRow | undefined> {
  const [inserted] = await tx.insert(achievements).values(row).returning();
  return inserted;
}

/** Updates the achievement if it is still at the version read; undefined when someone changed it meanwhile. */
export async function updateAchievementVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<typeof achievements.$inferInsert>,
): Promise<AchievementRow | undefined> {
  const [after] = await tx
    .update(achievements)
    .set(changes)
    .where(and(eq(achievements.id, id), eq(achievements.version, version)))
    .returning();
  return after;
}

/** The year's verified achievements with their declarers' names, in declaration order. */
export async function verifiedAchievementRows(tx: Executor, year: number) {
  return tx
    .select({
      id: achievements.id,
      unitId: achievements.unitId,
      title: achievements.title,
      userName: users.displayName,
    })
    .from(achievements)
    .innerJoin(users, eq(users.id, achievements.userId))
    .where(and(eq(achievements.year, year), eq(achievements.status, 'verified')))
    .orderBy(achievements.createdAt, achievements.id);
}

export async function insertScheme(tx: Executor, row: typeof assessmentSchemes.$inferInsert): Promise<void> {
  await tx.insert(assessmentSchemes).values(row);
}

export async function insertResult(tx: Executor, row: typeof assessmentResults.$inferInsert): Promise<void> {
  await tx.insert(assessmentResults).values(row);
}

export async function insertEntry(
  tx: Executor,
  row: typeof assessmentEntries.$inferInsert,
): Promise<EntryRow | undefined> {
  const [inserted] = await tx.insert(assessmentEntries).values(row).returning();
  return inserted;
}

/** The approved shares of split targets of the given tasks, with their target. */
export async function approvedSharesOfTasks(tx: Executor, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return tx
    .select({ share: targetShares, target: taskTargets })
    .from(targetShares)
    .innerJoin(taskTargets, eq(taskTargets.id, targetShares.targetId))
    .where(and(inArray(taskTargets.taskId, taskIds), eq(targetShares.status, 'approved')))
    .orderBy(asc(targetShares.id));
}

/** The year's cooperation ratings with their task and the rating lead unit's name. */
export async function ratingsOfYear(tx: Executor, year: number) {
  return tx
    .select({
      id: cooperationRatingsTable.id,
      coUnitId: cooperationRatingsTable.coUnitId,
      rating: cooperationRatingsTable.rating,
      taskCode: tasks.code,
      taskTitle: tasks.title,
      leadUnitName: units.name,
    })
    .from(cooperationRatingsTable)
    .innerJoin(tasks, eq(tasks.id, cooperationRatingsTable.taskId))
    .leftJoin(units, eq(units.id, cooperationRatingsTable.leadUnitId))
    .where(eq(cooperationRatingsTable.year, year))
    .orderBy(asc(cooperationRatingsTable.id));
}
