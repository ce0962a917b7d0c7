import { and, eq, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { bulletinIssues } from '../../db/schema';

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
