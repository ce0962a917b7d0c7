import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { reports, taskMilestones, taskRequests, tasks } from '../../db/schema';

/** The tenant's light stamp, and whether this transaction itself has written light inputs not yet committed. */
export async function stampOf(tx: Executor, tenantId: string): Promise<{ stamp: string; dirty: boolean }> {
  const [row] = await queryRows<{ stamp: string | null; dirty: string | null }>(
    tx,
    sql`SELECT (SELECT stamp::text FROM light_stamps WHERE tenant_id = ${tenantId}) AS stamp, current_setting('luoshi.lights_dirty', true) AS dirty`,
  );
  return { stamp: row?.stamp ?? 'none', dirty: row?.dirty === 'on' };
}

/** What a light needs of each of the tenant's tasks. */
export async function lightInputsOfTenant(tx: Executor, tenantId: string) {
  return tx
    .select({
      id: tasks.id,
      status: tasks.status,
      startDate: tasks.startDate,
      dueDate: tasks.dueDate,
      progress: tasks.progress,
      acceptedAt: tasks.acceptedAt,
      publishedAt: tasks.publishedAt,
    })
    .from(tasks)
    .where(eq(tasks.tenantId, tenantId));
}

/** The pending completion requests of the tenant's tasks (验收: a task waiting for acceptance). */
export async function pendingCompletionRequestsOfTenant(tx: Executor, tenantId: string) {
  return tx
    .select({ taskId: taskRequests.taskId, requestedAt: taskRequests.requestedAt })
    .from(taskRequests)
    .where(
      and(
        eq(taskRequests.tenantId, tenantId),
        eq(taskRequests.kind, 'completion'),
        eq(taskRequests.status, 'pending'),
      ),
    );
}

export async function milestoneDatesOfTenant(tx: Executor, tenantId: string) {
  return tx
    .select({
      taskId: taskMilestones.taskId,
      dueDate: taskMilestones.dueDate,
      completedAt: taskMilestones.completedAt,
    })
    .from(taskMilestones)
    .where(eq(taskMilestones.tenantId, tenantId));
}

/** The tenant's reports for one period (the rule looks only at the last closed period's). */
export async function periodReportsOfTenant(tx: Executor, tenantId: string, period: string) {
  return tx
    .select({ taskId: reports.taskId, period: reports.period, status: reports.status })
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), eq(reports.period, period)));
}

/** The tasks' reports for one period. */
export async function periodReportsOfTasks(tx: Executor, taskIds: string[], period: string) {
  return taskIds.length
    ? await tx
        .select({ taskId: reports.taskId, period: reports.period, status: reports.status })
        .from(reports)
        .where(and(eq(reports.period, period), inArray(reports.taskId, taskIds)))
    : [];
}

/** Only the columns the lights list shows, in ledger order: a district's full task rows cost more than the lights. */
export async function lightListRows(tx: Executor, where: SQL[]) {
  return tx
    .select({
      id: tasks.id,
      code: tasks.code,
      title: tasks.title,
      leadUnitId: tasks.leadUnitId,
      status: tasks.status,
    })
    .from(tasks)
    .where(and(...where))
    .orderBy(desc(sql`${tasks.code} IS NOT NULL`), asc(tasks.code), asc(tasks.position), asc(tasks.id));
}
