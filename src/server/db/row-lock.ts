import { sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/**
 * Every state transition (a report approved, a request decided, a case closed…) takes its row's lock before
 * it reads the status: a second decision on the same row waits for the first to commit and then reads the
 * status it left, so the state machine refuses it (409) and none of its side effects are written. Without
 * it, two decisions read the same old status on PostgreSQL and both apply. PGlite runs one transaction at
 * a time, where this costs nothing.
 */
export async function lockRow(tx: Executor, table: PgTable & { id: AnyPgColumn }, id: string): Promise<void> {
  await tx.execute(sql`SELECT 1 FROM ${table} WHERE ${table.id} = ${id} FOR UPDATE`);
}
