// The guard of test/setup/one-query-per-connection.ts sees two queries sent at once on one PostgreSQL connection
// (it would otherwise go blind the day node-postgres renames its queue). Needs LUOSHI_TEST_PG.
import pg from 'pg';
import { describe, expect, it } from 'vitest';

const url = process.env.LUOSHI_TEST_PG;
const found = () =>
  (globalThis as Record<symbol, unknown>)[Symbol.for('luoshi.test.queuedQueries')] as string[];

describe.runIf(Boolean(url))('the one-query-per-connection guard', () => {
  it('records a query sent while another waits, and nothing for queries one after another', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('SELECT 1');
      await client.query('SELECT 2');
      expect(found()).toHaveLength(0);
      await Promise.all([client.query('SELECT pg_sleep(0.05)'), client.query('SELECT 1')]);
      expect(found().length).toBeGreaterThan(0);
    } finally {
      // This file's own afterAll must not fail for what it did on purpose.
      found().length = 0;
      await client.end();
    }
  });
});
