import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { calendarDays } from '../../db/schema';

export type CalendarDayRow = typeof calendarDays.$inferSelect;

/** The tenant's own entries, oldest date first; between two dates when given. */
export async function tenantCalendarDays(
  tx: Executor,
  tenantId: string,
  range?: { from: string; to: string },
): Promise<CalendarDayRow[]> {
  return tx
    .select()
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.tenantId, tenantId),
        ...(range ? [gte(calendarDays.date, range.from), lte(calendarDays.date, range.to)] : []),
      ),
    )
    .orderBy(asc(calendarDays.date));
}

export async function findCalendarDay(
  tx: Executor,
  tenantId: string,
  date: string,
): Promise<CalendarDayRow | undefined> {
  const [row] = await tx
    .select()
    .from(calendarDays)
    .where(and(eq(calendarDays.tenantId, tenantId), eq(calendarDays.date, date)));
  return row;
}

export async function insertCalendarDay(tx: Executor, row: typeof calendarDays.$inferInsert) {
  const [inserted] = await tx.insert(calendarDays).values(row).onConflictDoNothing().returning();
  return inserted;
}

/** Changes an entry if it still has `version`; answers the new row, or nothing when the version moved on. */
export async function updateCalendarDayVersioned(
  tx: Executor,
  key: { tenantId: string; date: string; version: number },
  set: { kind: CalendarDayRow['kind']; name: string; updatedAt: Date; updatedBy: string },
) {
  const [row] = await tx
    .update(calendarDays)
    .set({ ...set, version: key.version + 1 })
    .where(
      and(
        eq(calendarDays.tenantId, key.tenantId),
        eq(calendarDays.date, key.date),
        eq(calendarDays.version, key.version),
      ),
    )
    .returning();
  return row;
}

export async function deleteCalendarDayVersioned(
  tx: Executor,
  key: { tenantId: string; date: string; version: number },
): Promise<boolean> {
  const rows = await tx
    .delete(calendarDays)
    .where(
      and(
        eq(calendarDays.tenantId, key.tenantId),
        eq(calendarDays.date, key.date),
        eq(calendarDays.version, key.version),
      ),
    )
    .returning({ date: calendarDays.date });
  return rows.length > 0;
}
