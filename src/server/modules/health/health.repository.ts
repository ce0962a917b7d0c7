import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';

/** Whether the named migration is recorded as applied (one primary-key lookup). */
export async function migrationApplied(db: Executor, name: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`SELECT 1 AS one FROM schema_migrations WHERE name = ${name}`,
  );
  return rows.length > 0;
}
