import { asc, eq } from 'drizzle-orm';
import { tenantTx, type AuthedContext } from '../../context';
import { taskRequests, tasks, users } from '../../db/schema';
import { notFound } from '../../errors';
import { assertCan } from '../units/units.policy';
import { canReviewReports } from '../reports/reports.policy';
import { canReadTasks, canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { presentRequest } from './create-request';
import type { TTaskRequest } from './requests.schemas';

export async function listTaskRequests(ctx: AuthedContext, taskId: string): Promise<TTaskRequest[]> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    return (await tx.select().from(taskRequests).where(eq(taskRequests.taskId, taskId)).orderBy(asc(taskRequests.requestedAt))).map((r) => presentRequest(r, ctx.actor));
  });
}

/** Requests waiting for the supervision office. */
export async function pendingRequests(ctx: AuthedContext): Promise<TTaskRequest[]> {
  assertCan(canReviewReports(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await tx
      .select({ request: taskRequests, taskCode: tasks.code, taskTitle: tasks.title, requestedByName: users.displayName })
      .from(taskRequests)
      .innerJoin(tasks, eq(tasks.id, taskRequests.taskId))
      .leftJoin(users, eq(users.id, taskRequests.requestedBy))
      .where(eq(taskRequests.status, 'pending'))
      .orderBy(asc(taskRequests.requestedAt));
    return rows.map((r) => ({ ...presentRequest(r.request, ctx.actor), taskCode: r.taskCode, taskTitle: r.taskTitle, requestedByName: r.requestedByName }));
  });
}
