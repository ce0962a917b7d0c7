import { and, asc, desc, eq, inArray } from 'drizzle-orm';
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
