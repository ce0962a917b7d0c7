import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { messengerRobots, robotMessages, units } from '../../db/schema';

export type RobotRow = typeof messengerRobots.$inferSelect;

export async function listRobotRows(tx: Executor) {
  return tx
    .select({ robot: messengerRobots, unitName: units.name })
    .from(messengerRobots)
    .leftJoin(units, eq(units.id, messengerRobots.unitId))
    .orderBy(asc(messengerRobots.createdAt));
}

export async function findRobot(tx: Executor, id: string) {
  const [row] = await tx
    .select({ robot: messengerRobots, unitName: units.name })
    .from(messengerRobots)
    .leftJoin(units, eq(units.id, messengerRobots.unitId))
    .where(eq(messengerRobots.id, id));
  return row;
}

export async function unitExists(tx: Executor, unitId: string): Promise<boolean> {
  const [row] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  return row !== undefined;
}

export async function insertRobot(tx: Executor, row: typeof messengerRobots.$inferInsert) {
  await tx.insert(messengerRobots).values(row);
}

export async function updateRobotVersioned(
  tx: Executor,
  key: { id: string; version: number },
  change: Partial<typeof messengerRobots.$inferInsert>,
) {
  const [row] = await tx
    .update(messengerRobots)
    .set({ ...change, version: key.version + 1 })
    .where(and(eq(messengerRobots.id, key.id), eq(messengerRobots.version, key.version)))
    .returning({ id: messengerRobots.id });
  return row;
}

/** The robot's send state after a test-send (its configuration version is left alone). */
export async function saveTestResult(
  tx: Executor,
  id: string,
  state: Pick<typeof messengerRobots.$inferInsert, 'recentSends' | 'lastResult'>,
) {
  await tx.update(messengerRobots).set(state).where(eq(messengerRobots.id, id));
}

/** Per robot: notices waiting, notices failed, and the latest failure's reason. */
export async function messageCounts(tx: Executor) {
  const counts = await tx
    .select({
      robotId: robotMessages.robotId,
      pending: sql<number>`count(*) FILTER (WHERE ${robotMessages.status} = 'pending')`.mapWith(Number),
      failed: sql<number>`count(*) FILTER (WHERE ${robotMessages.status} = 'failed')`.mapWith(Number),
    })
    .from(robotMessages)
    .groupBy(robotMessages.robotId);
  const failures = await tx
    .selectDistinctOn([robotMessages.robotId], {
      robotId: robotMessages.robotId,
      error: robotMessages.lastError,
    })
    .from(robotMessages)
    .where(eq(robotMessages.status, 'failed'))
    .orderBy(robotMessages.robotId, desc(robotMessages.nextAttemptAt));
  const byRobot = new Map<string, { pending: number; failed: number; lastFailure: string | null }>();
  for (const c of counts) byRobot.set(c.robotId, { pending: c.pending, failed: c.failed, lastFailure: null });
  for (const f of failures) {
    const entry = byRobot.get(f.robotId);
    if (entry) entry.lastFailure = f.error;
  }
  return byRobot;
}
