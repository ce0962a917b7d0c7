/** Queries on a decision's draft tasks (extraction, merge, publish); re-exported by tasks.repository.ts. */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { taskMilestones, taskTargets, tasks } from '../../db/schema';
import type { TaskRow } from './tasks.repository';

/** The decision's draft tasks (the extractor replaces the ones nobody edited). */
export async function draftTasksOfDecision(tx: Executor, decisionId: string): Promise<TaskRow[]> {
  return tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.decisionId, decisionId), eq(tasks.status, 'draft')));
}

/** The decision's draft tasks in list order (the order their codes are given in). */
export async function draftTasksInOrder(tx: Executor, decisionId: string): Promise<TaskRow[]> {
  return tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.decisionId, decisionId), eq(tasks.status, 'draft')))
    .orderBy(asc(tasks.position), asc(tasks.id));
}

/**
 * Publishes the drafts with their codes in one statement; the status guard makes a concurrent publisher's
 * second pass change nothing. Answers the ids it published.
 */
export async function publishDraftTasks(
  tx: Executor,
  assignments: Array<{ id: string; code: string }>,
  now: Date,
  userId: string,
): Promise<Array<{ id: string }>> {
  return queryRows<{ id: string }>(
    tx,
    sql`UPDATE tasks AS t SET code = v.code, status = 'published', published_at = ${now.toISOString()}::timestamptz,
            original_due_date = t.due_date, version = t.version + 1, updated_at = ${now.toISOString()}::timestamptz,
            updated_by = ${userId}::uuid
          FROM json_to_recordset(${JSON.stringify(assignments)}::json) AS v(id uuid, code text)
          WHERE t.id = v.id AND t.status = 'draft' RETURNING t.id`,
  );
}

export async function findTasksByCode(tx: Executor, ids: string[]): Promise<TaskRow[]> {
  return tx
    .select()
    .from(tasks)
    .where(sql`${tasks.id} IN ${ids}`)
    .orderBy(asc(tasks.code));
}

/** Whether any task of the decision has left the draft state. */
export async function hasPublishedTask(tx: Executor, decisionId: string): Promise<boolean> {
  const [published] = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.decisionId, decisionId), ne(tasks.status, 'draft')))
    .limit(1);
  return published !== undefined;
}

export async function deleteTasksOfDecision(
  tx: Executor,
  decisionId: string,
): Promise<Array<{ id: string }>> {
  return tx.delete(tasks).where(eq(tasks.decisionId, decisionId)).returning({ id: tasks.id });
}

/** Tasks of the decision with exactly this content (a review section already turned into a task). */
export async function tasksWithContent(
  tx: Executor,
  decisionId: string,
  content: string | null,
): Promise<Array<{ id: string }>> {
  return tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.decisionId, decisionId), eq(tasks.content, content as string)));
}

/**
 * Moves the targets and milestones of the tasks onto one task, keeping their order: by the tasks' order
 * given, then each task's own order.
 */
export async function moveTaskItems(
  tx: Executor,
  taskIds: string[],
  keepId: string,
  order: Map<string, number>,
): Promise<void> {
  for (const table of [taskTargets, taskMilestones] as const) {
    const items = await tx
      .select({ id: table.id, taskId: table.taskId })
      .from(table)
      .where(inArray(table.taskId, taskIds))
      .orderBy(asc(table.position));
    items.sort((a, b) => (order.get(a.taskId) ?? 0) - (order.get(b.taskId) ?? 0));
    for (const [position, item] of items.entries()) {
      await tx.update(table).set({ taskId: keepId, position }).where(eq(table.id, item.id));
    }
  }
}
