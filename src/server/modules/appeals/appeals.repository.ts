import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assessmentAppeals, assessmentPublications, units, users } from '../../db/schema';

export type AppealRow = typeof assessmentAppeals.$inferSelect;
export type PublicationRow = typeof assessmentPublications.$inferSelect;

export async function findPublication(tx: Executor, year: number): Promise<PublicationRow | undefined> {
  const [row] = await tx.select().from(assessmentPublications).where(eq(assessmentPublications.year, year));
  return row;
}

/** The district's publications, newest year first (the public results page shows the latest public one). */
export async function publicPublications(tx: Executor): Promise<PublicationRow[]> {
  return tx
    .select()
    .from(assessmentPublications)
    .where(eq(assessmentPublications.isPublic, true))
    .orderBy(desc(assessmentPublications.year));
}

export async function insertPublication(tx: Executor, row: typeof assessmentPublications.$inferInsert) {
  const [inserted] = await tx.insert(assessmentPublications).values(row).returning();
  return inserted as PublicationRow;
}

export async function updatePublicationVersioned(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof assessmentPublications.$inferInsert>,
): Promise<PublicationRow | undefined> {
  const [row] = await tx
    .update(assessmentPublications)
    .set({ ...values, version: version + 1 })
    .where(and(eq(assessmentPublications.id, id), eq(assessmentPublications.version, version)))
    .returning();
  return row;
}

const appealColumns = { appeal: assessmentAppeals, unitName: units.name, filedByName: users.displayName };

/** Appeals of a year with their unit's and filer's names, newest first; `unitId` limits them to one unit. */
export async function listAppealRows(tx: Executor, year: number, unitId: string | null) {
  return tx
    .select(appealColumns)
    .from(assessmentAppeals)
    .innerJoin(units, eq(units.id, assessmentAppeals.unitId))
    .innerJoin(users, eq(users.id, assessmentAppeals.filedBy))
    .where(and(eq(assessmentAppeals.year, year), unitId ? eq(assessmentAppeals.unitId, unitId) : undefined))
    .orderBy(desc(assessmentAppeals.filedAt), desc(assessmentAppeals.id));
}

export async function findAppealRow(tx: Executor, id: string) {
  const [row] = await tx
    .select(appealColumns)
    .from(assessmentAppeals)
    .innerJoin(units, eq(units.id, assessmentAppeals.unitId))
    .innerJoin(users, eq(users.id, assessmentAppeals.filedBy))
    .where(eq(assessmentAppeals.id, id));
  return row;
}

export async function insertAppeal(tx: Executor, row: typeof assessmentAppeals.$inferInsert): Promise<void> {
  await tx.insert(assessmentAppeals).values(row);
}

/** A pending appeal on the same item of the same unit's result. */
export async function pendingAppealOn(
  tx: Executor,
  year: number,
  unitId: string,
  targetKind: AppealRow['targetKind'],
  targetKey: string,
) {
  const [row] = await tx
    .select({ id: assessmentAppeals.id })
    .from(assessmentAppeals)
    .where(
      and(
        eq(assessmentAppeals.year, year),
        eq(assessmentAppeals.unitId, unitId),
        eq(assessmentAppeals.targetKind, targetKind),
        eq(assessmentAppeals.targetKey, targetKey),
        eq(assessmentAppeals.status, 'pending'),
      ),
    );
  return row;
}

export async function updateAppealVersioned(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof assessmentAppeals.$inferInsert>,
): Promise<AppealRow | undefined> {
  const [row] = await tx
    .update(assessmentAppeals)
    .set({ ...values, version: version + 1 })
    .where(and(eq(assessmentAppeals.id, id), eq(assessmentAppeals.version, version)))
    .returning();
  return row;
}

/** Upheld and partly upheld appeals of a year: the rulings the assessment applies. */
export async function upheldAppeals(tx: Executor, year: number): Promise<AppealRow[]> {
  return tx
    .select()
    .from(assessmentAppeals)
    .where(
      and(eq(assessmentAppeals.year, year), inArray(assessmentAppeals.status, ['upheld', 'partly_upheld'])),
    )
    .orderBy(assessmentAppeals.id);
}
