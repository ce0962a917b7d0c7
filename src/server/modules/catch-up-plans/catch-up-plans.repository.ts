import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { catchUpPlans, units, users } from '../../db/schema';
import { owedPlanStatuses } from '../../../domain/catch-up-plans';

export type CatchUpPlanRow = typeof catchUpPlans.$inferSelect;

/** A task's plans, newest first. */
export async function plansOfTask(tx: Executor, taskId: string): Promise<CatchUpPlanRow[]> {
  return tx
    .select()
    .from(catchUpPlans)
    .where(eq(catchUpPlans.taskId, taskId))
    .orderBy(desc(catchUpPlans.createdAt), desc(catchUpPlans.id));
}

export async function findPlan(tx: Executor, id: string): Promise<CatchUpPlanRow | undefined> {
  return (await tx.select().from(catchUpPlans).where(eq(catchUpPlans.id, id)).limit(1))[0];
}

/** Every owed plan of the tenant (RLS keeps it to the tenant): what the lights read. */
export async function owedPlans(tx: Executor) {
  return tx
    .select({
      id: catchUpPlans.id,
      taskId: catchUpPlans.taskId,
      status: catchUpPlans.status,
      dueDate: catchUpPlans.dueDate,
    })
    .from(catchUpPlans)
    .where(inArray(catchUpPlans.status, [...owedPlanStatuses]));
}

export async function insertPlan(tx: Executor, row: typeof catchUpPlans.$inferInsert) {
  const [inserted] = await tx.insert(catchUpPlans).values(row).returning();
  return inserted;
}

/** Changes a plan if it still has `version`; nothing when someone changed it first. */
export async function updatePlanVersioned(
  tx: Executor,
  id: string,
  version: number,
  set: Partial<typeof catchUpPlans.$inferInsert>,
) {
  const [row] = await tx
    .update(catchUpPlans)
    .set({ ...set, version: version + 1 })
    .where(and(eq(catchUpPlans.id, id), eq(catchUpPlans.version, version)))
    .returning();
  return row;
}

/** Names of the units and people a page of plans mentions. */
export async function namesFor(tx: Executor, unitIds: string[], userIds: string[]) {
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
