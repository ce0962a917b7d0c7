import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  accountabilityActions,
  bulletinRemarks,
  bulletins,
  interviews,
  tasks,
  toleranceRequests,
  units,
  users,
} from '../../db/schema';

export type ToleranceRequestRow = typeof toleranceRequests.$inferSelect;

/** Requests with their unit's name, newest first; `unitId` limits them to one unit. */
export async function listRequestRows(tx: Executor, unitId: string | null) {
  return tx
    .select({ request: toleranceRequests, unitName: units.name, filedByName: users.displayName })
    .from(toleranceRequests)
    .innerJoin(units, eq(units.id, toleranceRequests.unitId))
    .innerJoin(users, eq(users.id, toleranceRequests.filedBy))
    .where(unitId ? eq(toleranceRequests.unitId, unitId) : undefined)
    .orderBy(desc(toleranceRequests.filedAt), desc(toleranceRequests.id));
}

export async function findRequestRow(tx: Executor, id: string) {
  return (
    await tx
      .select({ request: toleranceRequests, unitName: units.name, filedByName: users.displayName })
      .from(toleranceRequests)
      .innerJoin(units, eq(units.id, toleranceRequests.unitId))
      .innerJoin(users, eq(users.id, toleranceRequests.filedBy))
      .where(eq(toleranceRequests.id, id))
  )[0];
}

export async function insertRequest(tx: Executor, row: typeof toleranceRequests.$inferInsert) {
  const [inserted] = await tx.insert(toleranceRequests).values(row).returning();
  return inserted as ToleranceRequestRow;
}

/** Changes a request if it still has `version`; nothing when someone changed it first. */
export async function updateRequestVersioned(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof toleranceRequests.$inferInsert>,
) {
  const [row] = await tx
    .update(toleranceRequests)
    .set({ ...values, version: version + 1 })
    .where(and(eq(toleranceRequests.id, id), eq(toleranceRequests.version, version)))
    .returning();
  return row;
}

/** An open or granted request on the same fact (a refused one may be filed again). */
export async function liveRequestOn(tx: Executor, kind: string, targetId: string) {
  return (
    await tx
      .select({ id: toleranceRequests.id })
      .from(toleranceRequests)
      .where(
        and(
          eq(toleranceRequests.targetKind, kind as ToleranceRequestRow['targetKind']),
          eq(toleranceRequests.targetId, targetId),
          sql`${toleranceRequests.status} <> 'refused'`,
        ),
      )
  )[0];
}

/** Granted and partly granted requests: the waivers the assessment applies. */
export async function grantedRequests(tx: Executor) {
  return tx
    .select()
    .from(toleranceRequests)
    .where(inArray(toleranceRequests.status, ['granted', 'partly_granted']));
}

export async function markAccountabilityTolerated(tx: Executor, actionId: string, requestId: string) {
  await tx
    .update(accountabilityActions)
    .set({ toleranceRequestId: requestId })
    .where(eq(accountabilityActions.id, actionId));
}

// The facts a request may name, with the unit they belong to and their words.

export async function criticismFact(tx: Executor, remarkId: string) {
  return (
    await tx
      .select({ unitId: bulletinRemarks.unitId, text: bulletinRemarks.text, period: bulletins.period })
      .from(bulletinRemarks)
      .innerJoin(bulletins, eq(bulletins.id, bulletinRemarks.bulletinId))
      .where(
        and(
          eq(bulletinRemarks.id, remarkId),
          eq(bulletinRemarks.kind, 'criticism'),
          eq(bulletins.status, 'published'),
        ),
      )
  )[0];
}

export async function interviewFact(tx: Executor, id: string) {
  return (
    await tx
      .select({ unitId: interviews.unitId, reason: interviews.reason, date: interviews.date })
      .from(interviews)
      .where(eq(interviews.id, id))
  )[0];
}

export async function accountabilityFact(tx: Executor, id: string) {
  return (
    await tx
      .select({
        unitId: accountabilityActions.unitId,
        reason: accountabilityActions.reason,
        date: accountabilityActions.date,
      })
      .from(accountabilityActions)
      .where(eq(accountabilityActions.id, id))
  )[0];
}

export async function taskFact(tx: Executor, id: string) {
  return (
    await tx
      .select({ unitId: tasks.leadUnitId, code: tasks.code, title: tasks.title })
      .from(tasks)
      .where(and(eq(tasks.id, id), sql`${tasks.publishedAt} IS NOT NULL`))
  )[0];
}
