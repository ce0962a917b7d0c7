import { tenantTx, type AuthedContext } from '../../context';
import { pendingRequestRows, requestsOfTask } from './requests.repository';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
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
    return (await requestsOfTask(tx, taskId)).map((r) => presentRequest(r, ctx.actor));
  });
}

/** Requests waiting for the supervision office. */
export async function pendingRequests(ctx: AuthedContext): Promise<TTaskRequest[]> {
  assertCan(canReviewReports(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await pendingRequestRows(tx);
    return rows.map((r) => ({
      ...presentRequest(r.request, ctx.actor),
      taskCode: r.taskCode,
      taskTitle: r.taskTitle,
      requestedByName: r.requestedByName,
    }));
  });
}
