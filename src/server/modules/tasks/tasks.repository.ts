import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { reports, taskCodeCounters, taskMilestones, taskTargets, tasks, units, users } from '../../db/schema';
import type { TListTasksQuery, TTaskSortField } from './tasks.schemas';
export * from './task-drafts.repository';

export type TaskRow = typeof tasks.$inferSelect;
export type TargetRow = typeof taskTargets.$inferSelect;
export type MilestoneRow = typeof taskMilestones.$inferSelect;

export interface TaskDetails {
  targets: Map<string, TargetRow[]>;
  milestones: Map<string, MilestoneRow[]>;
  unitNames: Map<string, string>;
  leaderNames: Map<string, string>;
}

export async function findTask(tx: Executor, id: string): Promise<TaskRow | undefined> {
  return (await tx.select().from(tasks).where(eq(tasks.id, id)).limit(1))[0];
}

export async function findTasks(tx: Executor, ids: string[]): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(tasks).where(inArray(tasks.id, ids));
}

/** Targets, milestones and display names for a page of tasks, in three queries whatever the page size. */
export async function loadTaskDetails(tx: Executor, rows: TaskRow[]): Promise<TaskDetails> {
  const ids = rows.map((r) => r.id);
  const group = <T extends { taskId: string }>(items: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.taskId, [...(map.get(item.taskId) ?? []), item]);
    return map;
  };
  const unitIds = [
    ...new Set(rows.flatMap((r) => (r.leadUnitId ? [r.leadUnitId, ...r.coUnitIds] : r.coUnitIds))),
  ];
  // Lead leaders and responsible persons (责任人 as accounts, issue 15): both are users, named in one query.
  const leaderIds = [
    ...new Set(
      rows.flatMap((r) => [r.leadLeaderId, r.responsibleUserId]).filter((x): x is string => x !== null),
    ),
  ];
  // One after another: a transaction is one connection, and pg refuses overlapping queries on it.
  const targets = ids.length
    ? await tx
        .select()
        .from(taskTargets)
        .where(inArray(taskTargets.taskId, ids))
        .orderBy(asc(taskTargets.position))
    : [];
  const milestones = ids.length
    ? await tx
        .select()
        .from(taskMilestones)
        .where(inArray(taskMilestones.taskId, ids))
        .orderBy(asc(taskMilestones.position))
    : [];
  const unitRows = unitIds.length
    ? await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
    : [];
  const leaderRows = leaderIds.length
    ? await tx
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(inArray(users.id, leaderIds))
    : [];
  return {
    targets: group(targets),
    milestones: group(milestones),
    unitNames: new Map(unitRows.map((u) => [u.id, u.name])),
    leaderNames: new Map(leaderRows.map((u) => [u.id, u.name])),
  };
}

/** Milestones only (what the light rule needs), grouped by task. */
export async function loadMilestones(tx: Executor, ids: string[]): Promise<Pick<TaskDetails, 'milestones'>> {
  const rows = ids.length
    ? await tx
        .select()
        .from(taskMilestones)
        .where(inArray(taskMilestones.taskId, ids))
        .orderBy(asc(taskMilestones.position))
    : [];
  const milestones = new Map<string, MilestoneRow[]>();
  for (const m of rows) milestones.set(m.taskId, [...(milestones.get(m.taskId) ?? []), m]);
  return { milestones };
}

/** The filter that limits a unit user to published tasks the unit leads or cooperates on. */
export function unitScope(unitId: string): SQL {
  return sql`(${tasks.status} <> 'draft' AND (${tasks.leadUnitId} = ${unitId} OR ${unitId} = ANY(${tasks.coUnitIds})))`;
}

export function taskFilters(query: Omit<TListTasksQuery, 'page' | 'pageSize'>, scope: SQL | null): SQL[] {
  const where: SQL[] = [];
  if (scope) where.push(scope);
  if (query.decisionId) where.push(eq(tasks.decisionId, query.decisionId));
  if (query.unitId)
    where.push(sql`(${tasks.leadUnitId} = ${query.unitId} OR ${query.unitId} = ANY(${tasks.coUnitIds}))`);
  if (query.leadUnitId) where.push(eq(tasks.leadUnitId, query.leadUnitId));
  if (query.leaderId) where.push(eq(tasks.leadLeaderId, query.leaderId));
  if (query.status) where.push(eq(tasks.status, query.status));
  if (query.source) where.push(eq(tasks.source, query.source));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    const match = or(ilike(tasks.title, like), ilike(tasks.code, like), ilike(tasks.content, like));
    if (match) where.push(match);
  }
  return where;
}

const defaultOrder = () => [
  desc(sql`${tasks.code} IS NOT NULL`),
  asc(tasks.code),
  asc(tasks.position),
  asc(tasks.id),
];

/** ORDER BY of the ledger: the chosen field first (nulls last), then the office's code order as the tie-break. */
export function taskOrder(sort: string | undefined): SQL[] {
  if (!sort) return defaultOrder();
  const field = (sort.startsWith('-') ? sort.slice(1) : sort) as TTaskSortField;
  const direction = sort.startsWith('-') ? sql`DESC` : sql`ASC`;
  const column: Record<TTaskSortField, SQL> = {
    code: sql`${tasks.code}`,
    dueDate: sql`${tasks.dueDate}`,
    startDate: sql`${tasks.startDate}`,
    leadUnit: sql`(SELECT ${units.name} FROM ${units} WHERE ${units.id} = ${tasks.leadUnitId}) COLLATE "C"`,
    status: sql`${tasks.status}`,
    progress: sql`${tasks.progress}`,
  };
  return [sql`${column[field]} ${direction} NULLS LAST`, ...defaultOrder()];
}

export async function listTasks(tx: Executor, where: SQL[], page: number, pageSize: number, sort?: string) {
  const condition = and(...where);
  const [total] = await tx.select({ n: count() }).from(tasks).where(condition);
  const rows = await tx
    .select()
    .from(tasks)
    .where(condition)
    .orderBy(...taskOrder(sort))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Every task matching the filters (for the ledger export), in ledger order. */
export async function listAllTasks(tx: Executor, where: SQL[], sort?: string): Promise<TaskRow[]> {
  return tx
    .select()
    .from(tasks)
    .where(and(...where))
    .orderBy(...taskOrder(sort));
}

export async function insertTasks(tx: Executor, rows: (typeof tasks.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await tx.insert(tasks).values(rows.slice(i, i + 200));
}

export async function insertTargets(tx: Executor, rows: (typeof taskTargets.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) await tx.insert(taskTargets).values(rows.slice(i, i + 300));
}

export async function insertMilestones(
  tx: Executor,
  rows: (typeof taskMilestones.$inferInsert)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) await tx.insert(taskMilestones).values(rows.slice(i, i + 300));
}

export async function deleteTargets(tx: Executor, taskId: string): Promise<void> {
  await tx.delete(taskTargets).where(eq(taskTargets.taskId, taskId));
}

export async function deleteMilestones(tx: Executor, taskId: string): Promise<void> {
  await tx.delete(taskMilestones).where(eq(taskMilestones.taskId, taskId));
}

export async function updateTaskVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<typeof tasks.$inferInsert>,
): Promise<TaskRow | undefined> {
  const [row] = await tx
    .update(tasks)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(tasks.id, id), eq(tasks.version, version)))
    .returning();
  return row;
}

export async function deleteTasks(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.delete(tasks).where(inArray(tasks.id, ids));
}

/** Reserves `count` consecutive numbers of a code series; the row lock serialises concurrent publishers. */
export async function reserveTaskCodes(
  tx: Executor,
  tenantId: string,
  year: number,
  prefix: string,
  n: number,
): Promise<number> {
  const [row] = await tx
    .insert(taskCodeCounters)
    .values({ tenantId, year, prefix, last: n })
    .onConflictDoUpdate({
      target: [taskCodeCounters.tenantId, taskCodeCounters.year, taskCodeCounters.prefix],
      set: { last: sql`${taskCodeCounters.last} + ${n}` },
    })
    .returning({ last: taskCodeCounters.last });
  return (row?.last ?? n) - n + 1;
}

export async function activeUnitIds(tx: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, ids), eq(units.active, true)));
  return new Set(rows.map((r) => r.id));
}

export async function isLeader(tx: Executor, userId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), sql`'leader' = ANY(${users.roles})`, eq(users.active, true)));
  return rows.length > 0;
}

/** The district's active leaders (区领导), by name. */
export async function listActiveLeaders(tx: Executor): Promise<Array<{ id: string; displayName: string }>> {
  return tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(sql`'leader' = ANY(${users.roles})`, eq(users.active, true)))
    .orderBy(asc(users.displayName));
}

/** Id and status of every task matching the filters, in ledger order (the light filter's candidates). */
export async function listTaskIds(
  tx: Executor,
  where: SQL[],
  sort?: string,
): Promise<Array<Pick<TaskRow, 'id' | 'status'>>> {
  return tx
    .select({ id: tasks.id, status: tasks.status })
    .from(tasks)
    .where(and(...where))
    .orderBy(...taskOrder(sort));
}

export async function findMilestone(tx: Executor, id: string): Promise<MilestoneRow | undefined> {
  const [milestone] = await tx.select().from(taskMilestones).where(eq(taskMilestones.id, id));
  return milestone;
}

export async function setMilestoneFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof taskMilestones.$inferInsert>,
): Promise<void> {
  await tx.update(taskMilestones).set(changes).where(eq(taskMilestones.id, id));
}

/** A task's milestones in plan order. */
export async function milestonesOfTask(tx: Executor, taskId: string): Promise<MilestoneRow[]> {
  return tx
    .select()
    .from(taskMilestones)
    .where(eq(taskMilestones.taskId, taskId))
    .orderBy(asc(taskMilestones.position));
}

/** The approved reports of the tasks, latest period first (periods sort as text: 2024-07 < 2024-08, 2024-Q1 < 2024-Q2). */
export async function approvedReportTexts(tx: Executor, taskIds: string[]) {
  return taskIds.length
    ? await tx
        .select({
          taskId: reports.taskId,
          period: reports.period,
          narrative: reports.narrative,
          problems: reports.problems,
          nextSteps: reports.nextSteps,
        })
        .from(reports)
        .where(and(inArray(reports.taskId, taskIds), eq(reports.status, 'approved')))
        .orderBy(desc(reports.period))
    : [];
}

/** Sets fields of a task without a version check (the caller has read the task in this transaction). */
export async function setTaskFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof tasks.$inferInsert>,
): Promise<void> {
  await tx.update(tasks).set(changes).where(eq(tasks.id, id));
}

export async function setTargetValue(
  tx: Executor,
  id: string,
  currentValue: TargetRow['currentValue'],
): Promise<void> {
  await tx.update(taskTargets).set({ currentValue }).where(eq(taskTargets.id, id));
}

export async function targetIdsOfTask(tx: Executor, taskId: string): Promise<string[]> {
  return (
    await tx.select({ id: taskTargets.id }).from(taskTargets).where(eq(taskTargets.taskId, taskId))
  ).map((t) => t.id);
}

/** The district's active leaders by display name, unordered (to match names in an imported ledger). */
export async function activeLeaderNames(tx: Executor): Promise<Array<{ id: string; name: string }>> {
  return tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(sql`'leader' = ANY(${users.roles})`, eq(users.active, true)));
}
