/** Queries of the robots' outbox (robot-outbox.ts), run as the system across tenants like the other outbox. */
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import {
  messengerRobots,
  notifications,
  robotMessages,
  taskLightStates,
  tasks,
  users,
  type RobotLastResult,
} from '../db/schema';

/** A notice with what a robot message shows of it: the recipient's unit, the task's code, title and light. */
export async function noticeForRobots(tx: Executor, notificationId: string) {
  const [row] = await tx
    .select({
      n: notifications,
      unitId: users.unitId,
      taskCode: tasks.code,
      taskTitle: tasks.title,
      light: taskLightStates.light,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(tasks, and(eq(notifications.entityType, 'task'), sql`${tasks.id} = ${notifications.entityId}`))
    .leftJoin(taskLightStates, eq(taskLightStates.taskId, tasks.id))
    .where(eq(notifications.id, notificationId));
  return row;
}

/** The tenant's enabled robots a notice to a user of `unitId` goes to: the tenant's own and that unit's. */
export async function robotsFor(tx: Executor, tenantId: string, unitId: string | null) {
  return tx
    .select({ id: messengerRobots.id })
    .from(messengerRobots)
    .where(
      and(
        eq(messengerRobots.tenantId, tenantId),
        eq(messengerRobots.enabled, true),
        unitId
          ? or(isNull(messengerRobots.unitId), eq(messengerRobots.unitId, unitId))
          : isNull(messengerRobots.unitId),
      ),
    );
}

/** Queues the notice for each robot, once per robot and notice key. */
export async function insertRobotMessages(tx: Executor, rows: Array<typeof robotMessages.$inferInsert>) {
  if (rows.length === 0) return;
  await tx.insert(robotMessages).values(rows).onConflictDoNothing();
}

/** Robots with messages due now. */
export async function robotsWithDueMessages(tx: Executor, now: Date): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ robotId: robotMessages.robotId })
    .from(robotMessages)
    .where(and(eq(robotMessages.status, 'pending'), lte(robotMessages.nextAttemptAt, now)));
  return rows.map((r) => r.robotId);
}

/** The robot (its address and secret opened). The 'robots' queue is a singleton: one run at a time. */
export async function robotById(tx: Executor, robotId: string) {
  const [row] = await tx.select().from(messengerRobots).where(eq(messengerRobots.id, robotId));
  return row;
}

export async function dueMessages(tx: Executor, robotId: string, now: Date, limit = 500) {
  return tx
    .select()
    .from(robotMessages)
    .where(
      and(
        eq(robotMessages.robotId, robotId),
        eq(robotMessages.status, 'pending'),
        lte(robotMessages.nextAttemptAt, now),
      ),
    )
    .orderBy(asc(robotMessages.createdAt), asc(robotMessages.id))
    .limit(limit);
}

export async function markMessagesSent(tx: Executor, ids: string[], sentIn: string, at: Date) {
  await tx
    .update(robotMessages)
    .set({ status: 'sent', sentIn, sentAt: at, lastError: null })
    .where(inArray(robotMessages.id, ids));
}

/** One more failed attempt: waits until `next`, or fails for good when `failed`. */
export async function markMessagesAttempted(
  tx: Executor,
  ids: string[],
  change: { attempts: number; next: Date; failed: boolean; error: string },
) {
  await tx
    .update(robotMessages)
    .set({
      attempts: change.attempts,
      nextAttemptAt: change.next,
      status: change.failed ? 'failed' : 'pending',
      lastError: change.error,
    })
    .where(inArray(robotMessages.id, ids));
}

/** The robot's send state (not its configuration: the version is left alone). */
export async function saveRobotSendState(
  tx: Executor,
  robotId: string,
  state: { recentSends: number[]; blockedUntil?: Date | null; lastResult: RobotLastResult },
) {
  await tx.update(messengerRobots).set(state).where(eq(messengerRobots.id, robotId));
}
