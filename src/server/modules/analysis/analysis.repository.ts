import { and, desc, eq, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  instructionReplies,
  instructions,
  rectifications,
  reportIndicatorValues,
  reports,
  taskTargets,
  tasks,
  tenants,
  units,
  users,
} from '../../db/schema';

export async function tenantNameOf(tx: Executor, tenantId: string): Promise<{ name: string } | undefined> {
  const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return tenant;
}

export async function allUnitNames(tx: Executor): Promise<Array<{ id: string; name: string }>> {
  return tx.select({ id: units.id, name: units.name }).from(units);
}

// The quarterly analysis

export const quarterColumns = {
  id: tasks.id,
  tenantId: tasks.tenantId,
  code: tasks.code,
  title: tasks.title,
  category: tasks.category,
  source: tasks.source,
  leadUnitId: tasks.leadUnitId,
  status: tasks.status,
  progress: tasks.progress,
  startDate: tasks.startDate,
  dueDate: tasks.dueDate,
  acceptedAt: tasks.acceptedAt,
  publishedAt: tasks.publishedAt,
  completedAt: tasks.completedAt,
};

/** Only the columns the figures use: without the task text a district's 3,000 tasks load 2-4× faster. */
export async function publishedQuarterTasks(tx: Executor) {
  return tx.select(quarterColumns).from(tasks).where(isNotNull(tasks.publishedAt));
}

export async function targetsOfTasks(tx: Executor, taskIds: string[]) {
  return tx.select().from(taskTargets).where(inArray(taskTargets.taskId, taskIds));
}

/** The approved values reported for the targets, with when and for which period they were approved. */
export async function approvedIndicatorValues(tx: Executor, targetIds: string[]) {
  return tx
    .select({
      targetId: reportIndicatorValues.targetId,
      value: reportIndicatorValues.value,
      reviewedAt: reports.reviewedAt,
      period: reports.period,
    })
    .from(reportIndicatorValues)
    .innerJoin(reports, eq(reports.id, reportIndicatorValues.reportId))
    .where(
      and(
        eq(reports.status, 'approved'),
        isNotNull(reports.reviewedAt),
        inArray(reportIndicatorValues.targetId, targetIds),
      ),
    );
}

// The cockpit

/** Published and not cancelled, only the columns that count and sort (titles are fetched for the few shown). */
export async function cockpitTaskRows(tx: Executor) {
  return tx
    .select({
      id: tasks.id,
      code: tasks.code,
      category: tasks.category,
      leadUnitId: tasks.leadUnitId,
      leadLeaderId: tasks.leadLeaderId,
      status: tasks.status,
      progress: tasks.progress,
      dueDate: tasks.dueDate,
    })
    .from(tasks)
    .where(and(isNotNull(tasks.publishedAt), ne(tasks.status, 'cancelled')));
}

export async function latestInstructions(tx: Executor, limit: number) {
  return tx.select().from(instructions).orderBy(desc(instructions.createdAt)).limit(limit);
}

export async function repliesTo(tx: Executor, instructionIds: string[]) {
  return instructionIds.length
    ? await tx
        .select()
        .from(instructionReplies)
        .where(inArray(instructionReplies.instructionId, instructionIds))
        .orderBy(desc(instructionReplies.createdAt))
    : [];
}

export async function peopleOf(tx: Executor, ids: string[]) {
  return ids.length
    ? await tx
        .select({ id: users.id, name: users.displayName, unitId: users.unitId })
        .from(users)
        .where(inArray(users.id, ids))
    : [];
}

export async function taskTitles(tx: Executor, ids: string[]) {
  return ids.length
    ? await tx
        .select({ id: tasks.id, title: tasks.title, code: tasks.code })
        .from(tasks)
        .where(inArray(tasks.id, ids))
    : [];
}

/** Rectifications not verified whose deadline is before the date, earliest first. */
export async function overdueRectifications(tx: Executor, today: string) {
  return tx
    .select()
    .from(rectifications)
    .where(and(ne(rectifications.status, 'verified'), lt(rectifications.deadline, today)))
    .orderBy(rectifications.deadline);
}

/** Published tasks that have co-units (whose shares the quarterly analysis counts). */
export async function publishedTasksWithCoUnits(tx: Executor) {
  return tx
    .select({
      id: tasks.id,
      coUnitIds: tasks.coUnitIds,
      status: tasks.status,
      acceptedAt: tasks.acceptedAt,
      completedAt: tasks.completedAt,
    })
    .from(tasks)
    .where(and(isNotNull(tasks.publishedAt), sql`cardinality(${tasks.coUnitIds}) > 0`));
}
