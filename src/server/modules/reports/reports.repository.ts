import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { reportEvents, reportIndicatorValues, reports, users } from '../../db/schema';

export type ReportRow = typeof reports.$inferSelect;

export async function findReport(tx: Executor, id: string): Promise<ReportRow | undefined> {
  return (await tx.select().from(reports).where(eq(reports.id, id)))[0];
}

export async function findReportForPeriod(
  tx: Executor,
  taskId: string,
  period: string,
): Promise<ReportRow | undefined> {
  return (
    await tx
      .select()
      .from(reports)
      .where(and(eq(reports.taskId, taskId), eq(reports.period, period)))
  )[0];
}

export async function reportsOfTask(tx: Executor, taskId: string): Promise<ReportRow[]> {
  return tx.select().from(reports).where(eq(reports.taskId, taskId)).orderBy(desc(reports.period));
}

export async function reportsByStatus(tx: Executor, statuses: ReportRow['status'][]): Promise<ReportRow[]> {
  return tx.select().from(reports).where(inArray(reports.status, statuses)).orderBy(asc(reports.submittedAt));
}

export async function reportExtras(tx: Executor, rows: ReportRow[]) {
  const ids = rows.map((r) => r.id);
  const values = ids.length
    ? await tx.select().from(reportIndicatorValues).where(inArray(reportIndicatorValues.reportId, ids))
    : [];
  const events = ids.length
    ? await tx
        .select({
          reportId: reportEvents.reportId,
          action: reportEvents.action,
          comment: reportEvents.comment,
          at: reportEvents.at,
          actorName: users.displayName,
        })
        .from(reportEvents)
        .leftJoin(users, eq(users.id, reportEvents.actorId))
        .where(inArray(reportEvents.reportId, ids))
        .orderBy(asc(reportEvents.at))
    : [];
  const submitterIds = [...new Set(rows.map((r) => r.submittedBy))];
  const names = submitterIds.length
    ? await tx
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(inArray(users.id, submitterIds))
    : [];
  return { values, events, names: new Map(names.map((n) => [n.id, n.name])) };
}

export async function replaceIndicatorValues(
  tx: Executor,
  tenantId: string,
  reportId: string,
  values: Array<{ targetId: string; value: number }>,
) {
  await tx.delete(reportIndicatorValues).where(eq(reportIndicatorValues.reportId, reportId));
  if (values.length)
    await tx
      .insert(reportIndicatorValues)
      .values(values.map((v) => ({ reportId, tenantId, targetId: v.targetId, value: v.value })));
}

export async function insertReportEvent(tx: Executor, row: typeof reportEvents.$inferInsert): Promise<void> {
  await tx.insert(reportEvents).values(row);
}

export async function setReportFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof reports.$inferInsert>,
): Promise<void> {
  await tx.update(reports).set(changes).where(eq(reports.id, id));
}

/** Updates the report if it is still at the version read; undefined when someone changed it meanwhile. */
export async function updateReportVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<typeof reports.$inferInsert>,
): Promise<ReportRow | undefined> {
  const [row] = await tx
    .update(reports)
    .set(changes)
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning();
  return row;
}

export async function indicatorValuesOf(tx: Executor, reportIds: string[]) {
  return reportIds.length
    ? await tx.select().from(reportIndicatorValues).where(inArray(reportIndicatorValues.reportId, reportIds))
    : [];
}

/** The tasks' reports for periods before the given one, latest first. */
export async function reportsBefore(tx: Executor, taskIds: string[], period: string): Promise<ReportRow[]> {
  return taskIds.length
    ? await tx
        .select()
        .from(reports)
        .where(and(inArray(reports.taskId, taskIds), lt(reports.period, period)))
        .orderBy(desc(reports.period))
    : [];
}

/** Which of the tasks already have a report for the period. */
export async function tasksReportedFor(
  tx: Executor,
  taskIds: string[],
  period: string,
): Promise<Array<{ taskId: string }>> {
  return taskIds.length
    ? await tx
        .select({ taskId: reports.taskId })
        .from(reports)
        .where(and(inArray(reports.taskId, taskIds), eq(reports.period, period)))
    : [];
}

export async function insertReport(
  tx: Executor,
  row: typeof reports.$inferInsert,
): Promise<ReportRow | undefined> {
  const [inserted] = await tx.insert(reports).values(row).returning();
  return inserted;
}
