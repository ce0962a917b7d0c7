import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units } from '../../db/schema';
import type { TListUnitsQuery } from './units.schemas';

export type UnitRow = typeof units.$inferSelect;

export async function listUnits(tx: Executor, query: TListUnitsQuery): Promise<UnitRow[]> {
  const where: SQL[] = [];
  if (query.kind) where.push(eq(units.kind, query.kind));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    const match = or(ilike(units.name, like), ilike(units.code, like));
    if (match) where.push(match);
  }
  return tx
    .select()
    .from(units)
    .where(and(...where))
    .orderBy(asc(units.kind), asc(units.code));
}

export async function findUnit(tx: Executor, id: string): Promise<UnitRow | undefined> {
  return (await tx.select().from(units).where(eq(units.id, id)).limit(1))[0];
}

export async function findUnitByCode(tx: Executor, code: string): Promise<UnitRow | undefined> {
  return (await tx.select().from(units).where(eq(units.code, code)).limit(1))[0];
}

export async function insertUnit(tx: Executor, row: typeof units.$inferInsert): Promise<UnitRow> {
  const [created] = await tx.insert(units).values(row).returning();
  if (!created) throw new Error('insert returned nothing');
  return created;
}

/** Updates only when the version is still the one read; returns nothing on a stale version. */
export async function updateUnitVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<typeof units.$inferInsert>,
): Promise<UnitRow | undefined> {
  const [updated] = await tx
    .update(units)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(units.id, id), eq(units.version, version)))
    .returning();
  return updated;
}

/** Id and name of the given units. */
export async function findUnitNames(
  tx: Executor,
  ids: string[],
): Promise<Array<{ id: string; name: string }>> {
  return ids.length
    ? tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))
    : [];
}

/** Id, name and code of every active unit (to match names in extracted or imported text). */
export async function activeUnitRefs(
  tx: Executor,
): Promise<Array<{ id: string; name: string; code: string }>> {
  return tx
    .select({ id: units.id, name: units.name, code: units.code })
    .from(units)
    .where(eq(units.active, true));
}
