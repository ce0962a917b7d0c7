import { and, count, desc, eq, ilike, max, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { decisions, storedFiles, tasks } from '../../db/schema';
import type { TListDecisionsQuery } from './decisions.schemas';

export type DecisionRow = typeof decisions.$inferSelect;

export async function findDecision(tx: Executor, id: string): Promise<DecisionRow | undefined> {
  return (await tx.select().from(decisions).where(eq(decisions.id, id)).limit(1))[0];
}

export async function listDecisions(tx: Executor, query: TListDecisionsQuery) {
  const where: SQL[] = [];
  if (query.kind) where.push(eq(decisions.kind, query.kind));
  if (query.q) where.push(ilike(decisions.title, `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`));
  const condition = and(...where);
  const [total] = await tx.select({ n: count() }).from(decisions).where(condition);
  const rows = await tx
    .select()
    .from(decisions)
    .where(condition)
    .orderBy(desc(decisions.date), desc(decisions.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function taskCounts(tx: Executor, decisionIds: string[]) {
  const counts = new Map<string, { draft: number; published: number; total: number }>();
  if (decisionIds.length === 0) return counts;
  const rows = await tx
    .select({
      decisionId: tasks.decisionId,
      draft: sql<number>`count(*) FILTER (WHERE ${tasks.status} = 'draft')::int`,
      total: sql<number>`count(*)::int`,
    })
    .from(tasks)
    .where(sql`${tasks.decisionId} IN ${decisionIds}`)
    .groupBy(tasks.decisionId);
  for (const r of rows)
    counts.set(r.decisionId, { draft: r.draft, published: r.total - r.draft, total: r.total });
  return counts;
}

export async function fileNames(tx: Executor, fileIds: string[]): Promise<Map<string, string>> {
  if (fileIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: storedFiles.id, name: storedFiles.fileName })
    .from(storedFiles)
    .where(sql`${storedFiles.id} IN ${fileIds}`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertDecision(tx: Executor, row: typeof decisions.$inferInsert): Promise<void> {
  await tx.insert(decisions).values(row);
}

export async function insertFile(tx: Executor, row: typeof storedFiles.$inferInsert): Promise<void> {
  await tx.insert(storedFiles).values(row);
}

export async function updateDecisionVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<typeof decisions.$inferInsert>,
) {
  const [row] = await tx
    .update(decisions)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(decisions.id, id), eq(decisions.version, version)))
    .returning();
  return row;
}

/** Bumps the decision without a version check (its task list changed). */
export async function touchDecision(
  tx: Executor,
  id: string,
  changes: Partial<typeof decisions.$inferInsert>,
) {
  await tx
    .update(decisions)
    .set({ ...changes, version: sql`${decisions.version} + 1` })
    .where(eq(decisions.id, id));
}

export async function nextTaskPosition(tx: Executor, decisionId: string): Promise<number> {
  const [row] = await tx
    .select({ p: max(tasks.position) })
    .from(tasks)
    .where(eq(tasks.decisionId, decisionId));
  return (row?.p ?? -1) + 1;
}

/** A decision with the same title on the same date (almost always a second click or a second upload). */
export async function findSameDecision(
  tx: Executor,
  title: string,
  date: string,
): Promise<{ id: string } | undefined> {
  const [same] = await tx
    .select({ id: decisions.id })
    .from(decisions)
    .where(and(eq(decisions.title, title), eq(decisions.date, date)))
    .limit(1);
  return same;
}

export async function deleteDecisionRow(tx: Executor, id: string): Promise<void> {
  await tx.delete(decisions).where(eq(decisions.id, id));
}
