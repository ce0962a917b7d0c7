/**
 * Two nodes' first start on a new database start pg-boss at the same moment: its install (schema, tables) and
 * its queues race. One of them must not fail (src/server/jobs/queue.ts retries the loser). PostgreSQL only:
 * PGlite is one process.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/server/db/client';
import { startJobs } from '../src/server/jobs/queue';
import { createTestDatabase, dbKinds, testConfig } from './helpers/test-app';
import { systemClock } from '../src/server/clock';

describe.runIf(dbKinds().includes('postgres'))('pg-boss on a new database, two nodes at once', () => {
  it('both start, each time, and share one queue schema', async () => {
    for (let round = 0; round < 4; round++) {
      const testDb = await createTestDatabase('postgres');
      const url = testDb.location.databaseUrl as string;
      const pools = await Promise.all([0, 1].map(() => openDatabase({ databaseUrl: url, dataDir: '' })));
      try {
        const runners = await Promise.all(
          pools.map((db) =>
            startJobs({ db, clock: systemClock, config: testConfig() }, { remindersCron: '0 0 1 1 *' }),
          ),
        );
        expect(runners).toHaveLength(2);
        const { rows } = await testDb.db.rawQuery(
          "SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'pgboss'",
        );
        expect(rows).toEqual([{ n: 1 }]);
        await Promise.all(runners.map((r) => r.stop()));
      } finally {
        await Promise.all(pools.map((p) => p.close()));
        await testDb.drop();
      }
    }
  }, 180_000);
});
