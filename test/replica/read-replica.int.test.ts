/**
 * The read replica (issue 20) with a real standby: a primary and a streaming-replication standby of the test's
 * own (test/helpers/pg-standby.ts). The cockpit is read from the standby while it is within the lag bound —
 * shown by pausing its replay: the standby's stale answer comes back — from the primary once the lag passes the
 * bound, from the standby again when it has caught up, and from the primary when the standby is gone, with no
 * error to the user. Runs in `.ci/run` (LUOSHI_TEST_SET=replica), never in `npm test`.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client';
import { runMigrations } from '../../src/server/db/migrate';
import { tasks } from '../../src/server/db/schema';
import { withSystemTx } from '../../src/server/db/tx';
import { openReadReplica, type ReadReplica } from '../../src/server/db/read-replica';
import { buildDecisionWithTask, buildUser, loginAs } from '../helpers/factories';
import { startStandbyPair, type StandbyPair } from '../helpers/pg-standby';
import { createTestApp, type TestApp } from '../helpers/test-app';

describe('heavy reads on a streaming-replication standby', () => {
  let pair: StandbyPair;
  let t: TestApp;
  let leader: string;
  let replica: ReadReplica;
  // A task the cockpit counts: published (it counts those with a publication time).
  const publishedTask = async () => {
    const { taskId } = await buildDecisionWithTask(t);
    await withSystemTx(t.db, (tx) =>
      tx.update(tasks).set({ publishedAt: new Date() }).where(eq(tasks.id, taskId)),
    );
  };
  const cockpitTotal = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/cockpit', headers: { cookie: leader } });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { overall: { published: number } }).overall.published;
  };

  beforeAll(async () => {
    pair = await startStandbyPair();
    const db = await openDatabase({ databaseUrl: pair.primaryUrl, dataDir: '', poolSize: 5 });
    await runMigrations(db);
    replica = openReadReplica(pair.standbyUrl, 60_000);
    t = await createTestApp('postgres', {
      replica,
      database: {
        kind: 'postgres',
        db,
        location: { dataDir: '', databaseUrl: pair.primaryUrl },
        drop: async () => db.close(),
      },
    });
    leader = await loginAs(t, await buildUser(t, { roles: ['leader'] }));
    await publishedTask();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await replica?.close();
    await pair?.stop();
  });

  it('reads from the standby within the lag bound, and from the primary beyond it', async () => {
    await pair.caughtUp();
    expect(await cockpitTotal()).toBe(1);
    expect(replica.stats()).toMatchObject({ reason: null });
    const before = replica.stats().replicaReads;

    // The standby stops applying WAL; the primary gets a second task. Within the bound, the standby answers —
    // with what it has: one task. That the answer is stale shows where it came from.
    await pair.pauseReplay();
    await publishedTask();
    await new Promise((r) => setTimeout(r, 600));
    expect(await cockpitTotal()).toBe(1);
    expect(replica.stats().replicaReads).toBeGreaterThan(before);

    // A tight bound: the same standby is now too far behind, and the read goes to the primary.
    const tight = openReadReplica(pair.standbyUrl, 1);
    t.deps.replica = tight;
    try {
      expect(await cockpitTotal()).toBe(2);
      expect(tight.stats()).toMatchObject({ reason: 'lagging', replicaReads: 0, primaryReads: 1 });
    } finally {
      t.deps.replica = replica;
      await tight.close();
    }

    await pair.resumeReplay();
    await pair.caughtUp();
    await new Promise((r) => setTimeout(r, 600));
    expect(await cockpitTotal()).toBe(2);
    expect(replica.stats().reason).toBeNull();
  });

  it('sends the reads to the primary when the standby is gone, with no error to the user', async () => {
    await publishedTask();
    await pair.stopStandby();
    await new Promise((r) => setTimeout(r, 600));
    expect(await cockpitTotal()).toBe(3);
    expect(await cockpitTotal()).toBe(3);
    expect(replica.stats().reason).toBe('unreachable');
  });
});
