import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';

export interface QueueStateRow {
  queue: string;
  state: string;
  jobs: number;
  /** Seconds the oldest job that is due and not yet started has waited (0 when none). */
  lagS: number;
}

/** Jobs per queue and state in pg-boss's table, and the wait of the oldest due job; none before pg-boss ran. */
export async function queueStates(db: Executor): Promise<QueueStateRow[]> {
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`,
  );
  if (!exists?.present) return [];
  return queryRows<QueueStateRow>(
    db,
    sql`SELECT name AS queue, state::text AS state, count(*)::int AS jobs,
          COALESCE(EXTRACT(epoch FROM now() - min(start_after)
            FILTER (WHERE state IN ('created', 'retry') AND start_after <= now())), 0)::float8 AS "lagS"
        FROM pgboss.job GROUP BY name, state ORDER BY name, state`,
  );
}
