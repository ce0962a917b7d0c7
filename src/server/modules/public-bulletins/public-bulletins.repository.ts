import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { bulletinIssues, bulletins, decisions, reports } from '../../db/schema';

/** Every bulletin version's public state (no internal figures, no document). */
export async function bulletinPublicRows(tx: Executor) {
  return tx
    .select({
      id: bulletins.id,
      period: bulletins.period,
      version: bulletins.version,
      status: bulletins.status,
      isPublic: bulletins.isPublic,
      publicAt: bulletins.publicAt,
      publicForeword: bulletins.publicForeword,
      publicData: bulletins.publicData,
    })
    .from(bulletins);
}

export async function findBulletinForPublic(tx: Executor, id: string) {
  const [row] = await tx
    .select({
      id: bulletins.id,
      period: bulletins.period,
      version: bulletins.version,
      status: bulletins.status,
      publishedAt: bulletins.publishedAt,
      isPublic: bulletins.isPublic,
      publicAt: bulletins.publicAt,
      publicForeword: bulletins.publicForeword,
      publicData: bulletins.publicData,
      issueYear: bulletinIssues.year,
      issueNumber: bulletinIssues.number,
    })
    .from(bulletins)
    .leftJoin(
      bulletinIssues,
      and(eq(bulletinIssues.tenantId, bulletins.tenantId), eq(bulletinIssues.period, bulletins.period)),
    )
    .where(eq(bulletins.id, id));
  return row;
}

export async function savePublicState(
  tx: Executor,
  id: string,
  values: Pick<typeof bulletins.$inferInsert, 'isPublic' | 'publicAt' | 'publicForeword' | 'publicData'>,
): Promise<void> {
  await tx.update(bulletins).set(values).where(eq(bulletins.id, id));
}

export async function decisionTitles(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: decisions.id, title: decisions.title })
    .from(decisions)
    .where(inArray(decisions.id, ids));
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Each task's latest approved report of the period or before: its progress then. */
export async function progressAsOfPeriod(tx: Executor, taskIds: string[], period: string) {
  if (taskIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .selectDistinctOn([reports.taskId], { taskId: reports.taskId, progress: reports.progress })
    .from(reports)
    .where(and(inArray(reports.taskId, taskIds), eq(reports.status, 'approved'), lte(reports.period, period)))
    .orderBy(reports.taskId, desc(reports.period));
  return new Map(rows.map((r) => [r.taskId, r.progress]));
}
