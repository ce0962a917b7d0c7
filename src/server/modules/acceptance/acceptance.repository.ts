import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { taskRequests, tasks, users } from '../../db/schema';

/** Display names of the people who asked and decided (the acceptance record names them). */
export async function userNames(
  tx: Executor,
  ids: ReadonlyArray<string | null>,
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Each task's completion requests, oldest first, with the decider's name (the ledger's 验收情况). */
export async function completionRequestsOf(tx: Executor, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return tx
    .select({
      taskId: taskRequests.taskId,
      status: taskRequests.status,
      acceptance: taskRequests.acceptance,
      decidedAt: taskRequests.decidedAt,
      decisionComment: taskRequests.decisionComment,
      decidedByName: users.displayName,
    })
    .from(taskRequests)
    .leftJoin(users, eq(users.id, taskRequests.decidedBy))
    .where(and(eq(taskRequests.kind, 'completion'), inArray(taskRequests.taskId, [...taskIds])))
    .orderBy(asc(taskRequests.requestedAt));
}

/** Every completion request of the district with its task's lead unit (the bulletin's and analysis' figures). */
export async function allCompletionRequests(tx: Executor) {
  return tx
    .select({
      taskId: taskRequests.taskId,
      unitId: tasks.leadUnitId,
      status: taskRequests.status,
      acceptance: taskRequests.acceptance,
      requestedAt: taskRequests.requestedAt,
      decidedAt: taskRequests.decidedAt,
      taskCode: tasks.code,
      taskTitle: tasks.title,
    })
    .from(taskRequests)
    .innerJoin(tasks, eq(tasks.id, taskRequests.taskId))
    .where(eq(taskRequests.kind, 'completion'))
    .orderBy(asc(taskRequests.requestedAt));
}
