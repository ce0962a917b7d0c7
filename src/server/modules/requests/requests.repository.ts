import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { taskRequests, tasks, users } from '../../db/schema';

export type TaskRequestRow = typeof taskRequests.$inferSelect;

export async function findRequest(tx: Executor, id: string): Promise<TaskRequestRow | undefined> {
  const [request] = await tx.select().from(taskRequests).where(eq(taskRequests.id, id));
  return request;
}

export async function requestsOfTask(tx: Executor, taskId: string): Promise<TaskRequestRow[]> {
  return tx
    .select()
    .from(taskRequests)
    .where(eq(taskRequests.taskId, taskId))
    .orderBy(asc(taskRequests.requestedAt));
}

/** Kind and status of each request on the task (a second pending request of a kind is refused). */
export async function requestKindsOfTask(tx: Executor, taskId: string) {
  return tx
    .select({ id: taskRequests.id, kind: taskRequests.kind, status: taskRequests.status })
    .from(taskRequests)
    .where(eq(taskRequests.taskId, taskId));
}

/** Pending requests, oldest first, with their task's code and title and the requester's name. */
export async function pendingRequestRows(tx: Executor) {
  return tx
    .select({
      request: taskRequests,
      taskCode: tasks.code,
      taskTitle: tasks.title,
      requestedByName: users.displayName,
    })
    .from(taskRequests)
    .innerJoin(tasks, eq(tasks.id, taskRequests.taskId))
    .leftJoin(users, eq(users.id, taskRequests.requestedBy))
    .where(eq(taskRequests.status, 'pending'))
    .orderBy(asc(taskRequests.requestedAt));
}

export async function insertRequest(
  tx: Executor,
  row: typeof taskRequests.$inferInsert,
): Promise<TaskRequestRow | undefined> {
  const [inserted] = await tx.insert(taskRequests).values(row).returning();
  return inserted;
}

/** Updates the request if it is still at the version read; undefined when someone changed it meanwhile. */
export async function updateRequestVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<typeof taskRequests.$inferInsert>,
): Promise<TaskRequestRow | undefined> {
  const [row] = await tx
    .update(taskRequests)
    .set(changes)
    .where(and(eq(taskRequests.id, id), eq(taskRequests.version, version)))
    .returning();
  return row;
}
