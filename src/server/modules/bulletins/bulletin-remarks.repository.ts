import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { bulletinRemarks, bulletins, catchUpPlans, tasks, units, users } from '../../db/schema';

export type BulletinRemarkRow = typeof bulletinRemarks.$inferSelect;

/** A bulletin's remarks with the names they show, oldest first. */
export async function remarksOf(tx: Executor, bulletinIds: string[]) {
  if (bulletinIds.length === 0) return [];
  return tx
    .select({
      remark: bulletinRemarks,
      unitName: units.name,
      taskCode: tasks.code,
      taskTitle: tasks.title,
    })
    .from(bulletinRemarks)
    .innerJoin(units, eq(units.id, bulletinRemarks.unitId))
    .leftJoin(tasks, eq(tasks.id, bulletinRemarks.taskId))
    .where(inArray(bulletinRemarks.bulletinId, bulletinIds))
    .orderBy(asc(bulletinRemarks.createdAt), asc(bulletinRemarks.id));
}

export async function findRemark(tx: Executor, id: string): Promise<BulletinRemarkRow | undefined> {
  return (await tx.select().from(bulletinRemarks).where(eq(bulletinRemarks.id, id)))[0];
}

export async function insertRemarks(tx: Executor, rows: Array<typeof bulletinRemarks.$inferInsert>) {
  if (rows.length > 0) await tx.insert(bulletinRemarks).values(rows);
}

export async function deleteRemark(tx: Executor, id: string): Promise<void> {
  await tx.delete(bulletinRemarks).where(eq(bulletinRemarks.id, id));
}

export async function unitById(tx: Executor, id: string) {
  return (await tx.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, id)))[0];
}

/** A published task and its lead unit (a draft task cannot be named in a bulletin). */
export async function publishedTaskLead(tx: Executor, id: string) {
  return (
    await tx
      .select({ id: tasks.id, leadUnitId: tasks.leadUnitId })
      .from(tasks)
      .where(and(eq(tasks.id, id), sql`${tasks.publishedAt} IS NOT NULL`))
  )[0];
}

/** Marks a draft published, only if it is still a draft; returns whether it was. */
export async function markPublished(
  tx: Executor,
  id: string,
  values: { publishedAt: Date; publishedBy: string; data: unknown; document: Buffer },
): Promise<boolean> {
  const rows = await tx
    .update(bulletins)
    .set({ status: 'published', ...values })
    .where(and(eq(bulletins.id, id), eq(bulletins.status, 'draft')))
    .returning({ id: bulletins.id });
  return rows.length === 1;
}

export async function saveDraftRendering(tx: Executor, id: string, data: unknown, document: Buffer) {
  await tx
    .update(bulletins)
    .set({ data, document })
    .where(and(eq(bulletins.id, id), eq(bulletins.status, 'draft')));
}

/** The newest version of the period before `version` (the one a correction starts from). */
export async function previousVersion(tx: Executor, period: string, version: number) {
  return (
    await tx
      .select({ id: bulletins.id })
      .from(bulletins)
      .where(and(eq(bulletins.period, period), sql`${bulletins.version} < ${version}`))
      .orderBy(desc(bulletins.version))
      .limit(1)
  )[0];
}

/** The bulletins in force: of each period, the latest published version. */
export async function bulletinsInForce(tx: Executor) {
  return tx
    .selectDistinctOn([bulletins.period], {
      id: bulletins.id,
      period: bulletins.period,
      version: bulletins.version,
      data: bulletins.data,
      publishedAt: bulletins.publishedAt,
    })
    .from(bulletins)
    .where(eq(bulletins.status, 'published'))
    .orderBy(bulletins.period, desc(bulletins.version));
}

/** Every active unit user (head and operators): a published bulletin goes to all of them. */
export async function allUnitUserIds(tx: Executor): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      sql`${users.active} AND ${users.unitId} IS NOT NULL AND (${users.roles} && ARRAY['unit_head','unit_operator']::text[])`,
    );
  return rows.map((r) => r.id);
}

/** The latest catch-up plan of each task (what the bulletin's red-task list shows). */
export async function latestPlansOf(tx: Executor, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return tx
    .selectDistinctOn([catchUpPlans.taskId], {
      taskId: catchUpPlans.taskId,
      status: catchUpPlans.status,
      dueDate: catchUpPlans.dueDate,
    })
    .from(catchUpPlans)
    .where(inArray(catchUpPlans.taskId, taskIds))
    .orderBy(catchUpPlans.taskId, desc(catchUpPlans.createdAt), desc(catchUpPlans.id));
}
