import { and, desc, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { bulletinIssues, bulletins, rectifications, reports, tasks, tenants, units } from '../../db/schema';

/**
 * The bulletin's number in its year (督查通报 第X期). A period keeps the number it got when first generated;
 * a new period takes the next number of the year it is generated in. The caller holds the district's
 * bulletin lock (lockBulletins), so two generations never read the same maximum; the table's unique
 * constraints would refuse a duplicate number anyway.
 */
export async function issueNumberFor(
  tx: Executor,
  tenantId: string,
  period: string,
  year: number,
  now: Date,
): Promise<{ year: number; number: number }> {
  const [existing] = await tx
    .select({ year: bulletinIssues.year, number: bulletinIssues.number })
    .from(bulletinIssues)
    .where(and(eq(bulletinIssues.tenantId, tenantId), eq(bulletinIssues.period, period)));
  if (existing) return existing;
  const [last] = await tx
    .select({ n: max(bulletinIssues.number) })
    .from(bulletinIssues)
    .where(and(eq(bulletinIssues.tenantId, tenantId), eq(bulletinIssues.year, year)));
  const number = (last?.n ?? 0) + 1;
  await tx.insert(bulletinIssues).values({ tenantId, period, year, number, createdAt: now });
  return { year, number };
}

/** Serialises bulletin generation within a district until the transaction ends (versions and numbers). */
export async function lockBulletins(tx: Executor, tenantId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'bulletins:' + tenantId}))`);
}

export async function lastBulletinVersion(tx: Executor, period: string): Promise<number | null | undefined> {
  const [last] = await tx
    .select({ v: max(bulletins.version) })
    .from(bulletins)
    .where(eq(bulletins.period, period));
  return last?.v;
}

export async function insertBulletin(tx: Executor, row: typeof bulletins.$inferInsert): Promise<void> {
  await tx.insert(bulletins).values(row);
}

/** Every bulletin version with its issue number, latest period and version first. */
export async function listBulletinRows(tx: Executor) {
  return tx
    .select({
      id: bulletins.id,
      period: bulletins.period,
      version: bulletins.version,
      issueNumber: bulletinIssues.number,
      issueYear: bulletinIssues.year,
      asOf: bulletins.asOf,
      data: bulletins.data,
      createdAt: bulletins.createdAt,
      status: bulletins.status,
      publishedAt: bulletins.publishedAt,
      isPublic: bulletins.isPublic,
    })
    .from(bulletins)
    .leftJoin(
      bulletinIssues,
      and(eq(bulletinIssues.tenantId, bulletins.tenantId), eq(bulletinIssues.period, bulletins.period)),
    )
    .orderBy(desc(bulletins.period), desc(bulletins.version));
}

export async function findBulletin(tx: Executor, id: string) {
  const [row] = await tx
    .select()
    .from(bulletins)
    .where(and(eq(bulletins.id, id)));
  return row;
}

// What a bulletin's figures are computed from

export async function tenantNameOf(tx: Executor, tenantId: string): Promise<{ name: string } | undefined> {
  const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return tenant;
}

/** Published tasks with the columns the bulletin (internal and public) and the light rule read (not their texts). */
export async function publishedTasks(tx: Executor) {
  return tx
    .select({
      id: tasks.id,
      tenantId: tasks.tenantId,
      decisionId: tasks.decisionId,
      isLivelihood: tasks.isLivelihood,
      code: tasks.code,
      title: tasks.title,
      leadUnitId: tasks.leadUnitId,
      coUnitIds: tasks.coUnitIds,
      status: tasks.status,
      startDate: tasks.startDate,
      dueDate: tasks.dueDate,
      progress: tasks.progress,
      publishedAt: tasks.publishedAt,
      acceptedAt: tasks.acceptedAt,
      completedAt: tasks.completedAt,
    })
    .from(tasks)
    .where(isNotNull(tasks.publishedAt));
}

export async function allUnitNames(tx: Executor): Promise<Array<{ id: string; name: string }>> {
  return tx.select({ id: units.id, name: units.name }).from(units);
}

export async function allRectifications(tx: Executor) {
  return tx.select().from(rectifications);
}

/** Status of the tasks' reports for one period (the bulletin asks who did not report for its month). */
export async function reportStatesOfTasks(tx: Executor, taskIds: string[], period: string) {
  return taskIds.length
    ? await tx
        .select({ taskId: reports.taskId, period: reports.period, status: reports.status })
        .from(reports)
        .where(and(eq(reports.period, period), inArray(reports.taskId, taskIds)))
    : [];
}
