import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { tasks, taskShares, taskShareValues, taskTargets, units, users } from '../../db/schema';

export type TaskShareRow = typeof taskShares.$inferSelect;

/** The shares of a task for one period, by unit name order of insertion. */
export async function sharesOfTaskPeriod(
  tx: Executor,
  taskId: string,
  period: string,
): Promise<TaskShareRow[]> {
  return tx
    .select()
    .from(taskShares)
    .where(and(eq(taskShares.taskId, taskId), eq(taskShares.period, period)))
    .orderBy(asc(taskShares.submittedAt), asc(taskShares.id));
}

export async function findShare(tx: Executor, id: string): Promise<TaskShareRow | undefined> {
  return (await tx.select().from(taskShares).where(eq(taskShares.id, id)).limit(1))[0];
}

export async function findShares(tx: Executor, ids: string[]): Promise<TaskShareRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(taskShares).where(inArray(taskShares.id, ids));
}

export async function findUnitShare(
  tx: Executor,
  taskId: string,
  unitId: string,
  period: string,
): Promise<TaskShareRow | undefined> {
  const where = and(
    eq(taskShares.taskId, taskId),
    eq(taskShares.unitId, unitId),
    eq(taskShares.period, period),
  );
  return (await tx.select().from(taskShares).where(where).limit(1))[0];
}

export async function insertShare(tx: Executor, row: typeof taskShares.$inferInsert): Promise<TaskShareRow> {
  const [inserted] = await tx.insert(taskShares).values(row).returning();
  if (!inserted) throw new Error('task share not inserted');
  return inserted;
}

/** Changes a share if it still has `version`; nothing when someone changed it first. */
export async function updateShareVersioned(
  tx: Executor,
  id: string,
  version: number,
  set: Partial<typeof taskShares.$inferInsert>,
): Promise<TaskShareRow | undefined> {
  const [row] = await tx
    .update(taskShares)
    .set({ ...set, version: version + 1 })
    .where(and(eq(taskShares.id, id), eq(taskShares.version, version)))
    .returning();
  return row;
}

/** Marks shares as taken into a report (one statement, each share's version moves on). */
export async function consolidateShareRows(
  tx: Executor,
  ids: string[],
  reportId: string,
  at: Date,
  by: string,
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(taskShares)
    .set({
      status: 'consolidated',
      reportId,
      updatedAt: at,
      updatedBy: by,
      version: sql`${taskShares.version} + 1`,
    })
    .where(inArray(taskShares.id, ids));
}

export async function replaceShareValues(
  tx: Executor,
  tenantId: string,
  shareId: string,
  values: ReadonlyArray<{ targetId: string; value: number }>,
): Promise<void> {
  await tx.delete(taskShareValues).where(eq(taskShareValues.shareId, shareId));
  if (values.length === 0) return;
  await tx
    .insert(taskShareValues)
    .values(values.map((v) => ({ shareId, tenantId, targetId: v.targetId, value: v.value })));
}

/** Figures of the given shares, by share id. */
export async function valuesOfShares(tx: Executor, shareIds: string[]) {
  const out = new Map<string, Array<{ targetId: string; value: number }>>();
  if (shareIds.length === 0) return out;
  const rows = await tx.select().from(taskShareValues).where(inArray(taskShareValues.shareId, shareIds));
  for (const r of rows) {
    const list = out.get(r.shareId) ?? [];
    list.push({ targetId: r.targetId, value: Number(r.value) });
    out.set(r.shareId, list);
  }
  return out;
}

/** Names of the units and people a page of shares mentions. */
export async function shareNames(tx: Executor, unitIds: string[], userIds: string[]) {
  const unitRows = unitIds.length
    ? await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
    : [];
  const userRows = userIds.length
    ? await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
    : [];
  return {
    units: new Map(unitRows.map((u) => [u.id, u.name])),
    users: new Map(userRows.map((u) => [u.id, u.name])),
  };
}

/** Running tasks a unit cooperates on (not leads): where it owes shares. */
export async function runningCoUnitTasks(tx: Executor, unitId: string) {
  return tx
    .select({ id: tasks.id, code: tasks.code, title: tasks.title, leadUnitId: tasks.leadUnitId })
    .from(tasks)
    .where(and(eq(tasks.status, 'in_progress'), sql`${unitId} = ANY(${tasks.coUnitIds})`))
    .orderBy(asc(tasks.code), asc(tasks.id));
}

/** A unit's shares of one period. */
export async function unitSharesOfPeriod(tx: Executor, unitId: string, period: string) {
  return tx
    .select({
      id: taskShares.id,
      taskId: taskShares.taskId,
      status: taskShares.status,
      returnReason: taskShares.returnReason,
    })
    .from(taskShares)
    .where(and(eq(taskShares.unitId, unitId), eq(taskShares.period, period)));
}

/** Every share of the given tasks (what the assessment and the bulletin read). */
export async function sharesOfTasks(tx: Executor, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return tx
    .select({
      taskId: taskShares.taskId,
      unitId: taskShares.unitId,
      period: taskShares.period,
      status: taskShares.status,
      submittedAt: taskShares.submittedAt,
    })
    .from(taskShares)
    .where(inArray(taskShares.taskId, taskIds));
}

/** The shares given (not returned) of the given tasks for one period. */
export async function sharesOfTaskPeriods(tx: Executor, taskIds: string[], period: string) {
  if (taskIds.length === 0) return [];
  return tx
    .select({ taskId: taskShares.taskId, unitId: taskShares.unitId })
    .from(taskShares)
    .where(
      and(
        inArray(taskShares.taskId, taskIds),
        eq(taskShares.period, period),
        sql`${taskShares.status} <> 'returned'`,
      ),
    );
}

/** The shares of the given tasks for one period, with their state (what the ledger shows). */
export async function sharesOfTasksForPeriod(tx: Executor, taskIds: string[], period: string) {
  if (taskIds.length === 0) return [];
  return tx
    .select({
      taskId: taskShares.taskId,
      unitId: taskShares.unitId,
      status: taskShares.status,
      returnReason: taskShares.returnReason,
      submittedAt: taskShares.submittedAt,
    })
    .from(taskShares)
    .where(and(inArray(taskShares.taskId, taskIds), eq(taskShares.period, period)));
}

/** A task's targets with what decides which figures they take (indicator, target value, baseline). */
export async function targetsOfTaskFacts(tx: Executor, taskId: string) {
  return tx
    .select({
      id: taskTargets.id,
      indicator: taskTargets.indicator,
      targetValue: taskTargets.targetValue,
      baseline: taskTargets.baseline,
    })
    .from(taskTargets)
    .where(eq(taskTargets.taskId, taskId));
}
