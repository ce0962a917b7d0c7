import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { targetShares, taskTargets, tasks, units } from '../../db/schema';

export type TargetShareRow = typeof targetShares.$inferSelect;
export type TargetRow = typeof taskTargets.$inferSelect;

export async function findTarget(tx: Executor, id: string): Promise<TargetRow | undefined> {
  return (await tx.select().from(taskTargets).where(eq(taskTargets.id, id)).limit(1))[0];
}

export async function findShare(tx: Executor, id: string): Promise<TargetShareRow | undefined> {
  return (await tx.select().from(targetShares).where(eq(targetShares.id, id)).limit(1))[0];
}

/** A target's shares in the office's order. */
export async function sharesOfTarget(tx: Executor, targetId: string): Promise<TargetShareRow[]> {
  return tx
    .select()
    .from(targetShares)
    .where(eq(targetShares.targetId, targetId))
    .orderBy(asc(targetShares.position), asc(targetShares.id));
}

/** Units that may hold a share: active units of the district that are not a unit's section. */
export async function shareableUnits(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: units.id, name: units.name, kind: units.kind, active: units.active })
    .from(units)
    .where(inArray(units.id, ids));
  return new Map(rows.filter((u) => u.active && u.kind !== 'section').map((u) => [u.id, u.name]));
}

export async function unitNames(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** Removes the shares of units no longer in the split. */
export async function deleteSharesExcept(tx: Executor, targetId: string, keepUnitIds: string[]) {
  await tx
    .delete(targetShares)
    .where(
      keepUnitIds.length
        ? and(eq(targetShares.targetId, targetId), notInArray(targetShares.unitId, keepUnitIds))
        : eq(targetShares.targetId, targetId),
    );
}

export async function insertShares(tx: Executor, rows: Array<typeof targetShares.$inferInsert>) {
  if (rows.length) await tx.insert(targetShares).values(rows);
}

export async function updateShare(tx: Executor, id: string, set: Partial<typeof targetShares.$inferInsert>) {
  await tx.update(targetShares).set(set).where(eq(targetShares.id, id));
}

/** Changes a share if it still has `version`; nothing when someone changed it first. */
export async function updateShareVersioned(
  tx: Executor,
  id: string,
  version: number,
  set: Partial<typeof targetShares.$inferInsert>,
) {
  const [row] = await tx
    .update(targetShares)
    .set({ ...set, version: version + 1 })
    .where(and(eq(targetShares.id, id), eq(targetShares.version, version)))
    .returning();
  return row;
}

/** The district figure shown on the task: written through so that every reader of targets sees the sum. */
export async function setTargetCurrentValue(tx: Executor, targetId: string, value: number | null) {
  await tx.update(taskTargets).set({ currentValue: value }).where(eq(taskTargets.id, targetId));
}

/** Raises the split's own version (never lowered: a removed split keeps counting). */
export async function setTargetSplitVersion(tx: Executor, targetId: string, version: number) {
  await tx.update(taskTargets).set({ splitVersion: version }).where(eq(taskTargets.id, targetId));
}

/** Which of these targets are split across units. */
export async function splitTargetIds(tx: Executor, targetIds: string[]): Promise<Set<string>> {
  if (targetIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ id: targetShares.targetId })
    .from(targetShares)
    .where(inArray(targetShares.targetId, targetIds));
  return new Set(rows.map((r) => r.id));
}

/**
 * Shares with their target and task, for a unit (its own) or for everyone (`unitId` null): only tasks that are
 * published or running — a finished, cancelled or draft task's shares need no following.
 */
export async function sharesToFollow(tx: Executor, unitId: string | null, limit: number) {
  const live = inArray(tasks.status, ['published', 'in_progress', 'completion_requested']);
  return tx
    .select({ share: targetShares, target: taskTargets, task: tasks })
    .from(targetShares)
    .innerJoin(taskTargets, eq(taskTargets.id, targetShares.targetId))
    .innerJoin(tasks, eq(tasks.id, taskTargets.taskId))
    .where(unitId ? and(live, eq(targetShares.unitId, unitId)) : live)
    .orderBy(asc(tasks.dueDate), asc(targetShares.position), asc(targetShares.id))
    .limit(limit);
}

/** The shares of the given targets, each target's in the office's order (what the ledger shows). */
export async function sharesOfTargets(tx: Executor, targetIds: string[]): Promise<TargetShareRow[]> {
  if (targetIds.length === 0) return [];
  return tx
    .select()
    .from(targetShares)
    .where(inArray(targetShares.targetId, targetIds))
    .orderBy(asc(targetShares.position), asc(targetShares.id));
}
