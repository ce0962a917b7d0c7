import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { cooperationRatingsTable } from '../../db/schema';

export type CooperationRatingRow = typeof cooperationRatingsTable.$inferSelect;

/** A task's ratings of one year. */
export async function ratingsOfTaskYear(
  tx: Executor,
  taskId: string,
  year: number,
): Promise<CooperationRatingRow[]> {
  return tx
    .select()
    .from(cooperationRatingsTable)
    .where(and(eq(cooperationRatingsTable.taskId, taskId), eq(cooperationRatingsTable.year, year)));
}

export async function insertRating(
  tx: Executor,
  row: typeof cooperationRatingsTable.$inferInsert,
): Promise<void> {
  await tx.insert(cooperationRatingsTable).values(row);
}

/** Changes a rating if it still has `version`; false when someone changed it first. */
export async function updateRatingVersioned(
  tx: Executor,
  id: string,
  version: number,
  set: Partial<typeof cooperationRatingsTable.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(cooperationRatingsTable)
    .set({ ...set, version: version + 1 })
    .where(and(eq(cooperationRatingsTable.id, id), eq(cooperationRatingsTable.version, version)))
    .returning({ id: cooperationRatingsTable.id });
  return rows.length === 1;
}
