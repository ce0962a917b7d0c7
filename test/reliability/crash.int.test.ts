/**
 * SIGKILL the server at random moments (LUOSHI_CRASH_KILLS times per database, 20 by default; CI runs 10 on each
 * of its two databases) while lead units submit period reports and a supervisor
 * approves them. Clients retry a request whose connection broke with the same payload (as the web app's
 * user would, pressing 提交 again). Afterwards: every report that got a 201 is there exactly once with one
 * submission event and one audit event, nothing acknowledged is lost, the database opens cleanly and
 * `luoshi audit verify` passes. On PGlite and PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../src/server/db/client';
import { runCli } from '../helpers/cli';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTestDatabase, dbKinds, type TestDatabase } from '../helpers/test-app';
import { login, serverEnv, reportBody, seedDistrict, sleep } from './support';

const kills = Number(process.env.LUOSHI_CRASH_KILLS ?? 20);
const periods = Array.from(
  { length: 24 },
  (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

interface Pending {
  taskId: string;
  period: string;
  body: ReturnType<typeof reportBody>;
}

/** A deterministic pseudo-random sequence, so a failing run can be repeated with the same seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe.each(dbKinds())('SIGKILL ×%s during report submissions', (kind) => {
  let testDb: TestDatabase;
  afterAll(async () => testDb?.drop());

  it(`keeps every acknowledged report exactly once across ${kills} kills`, { timeout: 900_000 }, async () => {
    testDb = await createTestDatabase(kind);
    const district = await seedDistrict(testDb.db, { unitCount: 6, tasksPerUnit: 30 });
    await testDb.db.close();
    const env = serverEnv(testDb.location);
    const seed = Number(process.env.LUOSHI_CRASH_SEED ?? Date.now() % 100_000);
    const random = rng(seed);

    /** report id → task+period, for every 201. */
    const acknowledged = new Map<string, string>();
    const approved = new Set<string>();
    const pending = new Map<number, Pending>();
    const cursor = new Map<number, number>();
    const cookies = new Map<string, string>();
    let retried = 0;
    let replays = 0;
    const unexpected: string[] = [];
    let serverLog = '';

    const cookieFor = async (base: string, username: string, fresh = false) => {
      if (fresh || !cookies.has(username)) cookies.set(username, await login(base, username));
      return cookies.get(username) as string;
    };

    /** One POST; a 401 means the session did not survive the crash (it was never committed): log in again. */
    const post = async (base: string, username: string, path: string, body: unknown) => {
      let res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await cookieFor(base, username) },
        body: JSON.stringify(body),
      });
      if (res.status === 401) {
        res = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: await cookieFor(base, username, true) },
          body: JSON.stringify(body),
        });
      }
      return res;
    };

    const writer = async (server: ServerProcess, w: number, stop: () => boolean) => {
      const unit = district.units[w]!;
      while (!stop()) {
        let job = pending.get(w);
        const isRetry = job !== undefined;
        if (!job) {
          const n = cursor.get(w) ?? 0;
          cursor.set(w, n + 1);
          const taskId = unit.taskIds[n % unit.taskIds.length]!;
          const period = periods[Math.floor(n / unit.taskIds.length) % periods.length]!;
          job = { taskId, period, body: reportBody(period, (n * 7) % 101, `${w}-${n}`) };
          pending.set(w, job);
        }
        try {
          const res = await post(server.base, unit.username, `/api/v1/tasks/${job.taskId}/reports`, job.body);
          const text = await res.text();
          if (res.status === 201) {
            const report = JSON.parse(text) as { id: string };
            if (acknowledged.has(report.id)) replays++;
            acknowledged.set(report.id, `${job.taskId}|${job.period}`);
            if (isRetry) retried++;
          } else {
            unexpected.push(`submit ${res.status} ${text.slice(0, 200)}`);
          }
          pending.delete(w);
        } catch {
          return; // connection broken: the job stays pending and is retried with the same payload
        }
      }
    };

    const reviewer = async (server: ServerProcess, stop: () => boolean) => {
      while (!stop()) {
        const candidates = [...acknowledged.keys()].filter((id) => !approved.has(id));
        const id = candidates[Math.floor(random() * candidates.length)];
        if (!id) {
          await sleep(20);
          continue;
        }
        try {
          const res = await post(server.base, district.supervisor, `/api/v1/reports/${id}/review`, {
            decision: 'approve',
            comment: '同意',
          });
          const text = await res.text();
          // 409: approved already by an attempt whose answer the crash swallowed.
          if (res.status === 200 || res.status === 409) approved.add(id);
          else unexpected.push(`review ${res.status} ${text.slice(0, 200)}`);
        } catch {
          return;
        }
      }
    };

    const started = Date.now();
    for (let round = 0; round < kills; round++) {
      const server = await startServerProcess(env);
      // Sessions are rows in the database and outlive a crash: log everyone in once, before the first kill.
      if (round === 0)
        for (const username of [...district.units.map((u) => u.username), district.supervisor])
          await cookieFor(server.base, username);
      let stopped = false;
      const clients = [
        ...district.units.map((_, w) => writer(server, w, () => stopped)),
        reviewer(server, () => stopped),
      ];
      // A random moment while writes go on: after a random number of this round's acknowledgements (a loaded
      // machine starts the server slowly, so a fixed delay could kill it before any write), give or take.
      const target = acknowledged.size + 1 + Math.floor(random() * 10);
      const deadline = Date.now() + 20_000;
      while (acknowledged.size < target && Date.now() < deadline) await sleep(10);
      await sleep(Math.floor(random() * 150));
      await server.stop('SIGKILL');
      stopped = true;
      await Promise.all(clients);
      if (unexpected.length > 0 && !serverLog) serverLog = server.output();
    }

    // Last start: finish what was in flight at the last kill, then stop cleanly.
    const server = await startServerProcess(env);
    try {
      await Promise.all(district.units.map((_, w) => writer(server, w, () => !pending.has(w))));
      const health = await fetch(`${server.base}/api/v1/health`);
      expect(health.status).toBe(200);
    } finally {
      await server.stop();
    }
    console.log(
      `[crash ${kind}] seed ${seed}: ${kills} kills in ${((Date.now() - started) / 1000).toFixed(1)} s; ${acknowledged.size} reports acknowledged, ${approved.size} approved, ${retried} retried after a broken connection (${replays} answered by replay)`,
    );
    expect(unexpected, serverLog.slice(-3000)).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(kills);
    expect(retried).toBeGreaterThan(0);

    const db = await openDatabase({
      dataDir: testDb.location.dataDir,
      databaseUrl: testDb.location.databaseUrl,
    });
    try {
      const rows = await queryRows<{
        id: string;
        task_id: string;
        period: string;
        submits: number;
        audits: number;
      }>(
        db.orm,
        sql`SELECT r.id, r.task_id, r.period,
                   (SELECT count(*)::int FROM report_events e WHERE e.report_id = r.id AND e.action = 'submit') AS submits,
                   (SELECT count(*)::int FROM audit_events a WHERE a.entity_id = r.id::text AND a.action = 'report.submitted') AS audits
            FROM reports r`,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const lost = [...acknowledged.keys()].filter((id) => !byId.has(id));
      expect(lost).toEqual([]);
      for (const [id, key] of acknowledged)
        expect(`${byId.get(id)?.task_id}|${byId.get(id)?.period}`).toBe(key);
      // Exactly once: one row per task+period, each submitted once and audited once (a replayed retry adds nothing).
      expect(new Set(rows.map((r) => `${r.task_id}|${r.period}`)).size).toBe(rows.length);
      expect(rows.filter((r) => r.submits !== 1 || r.audits !== 1)).toEqual([]);
      const [orphans] = await queryRows<{ n: number }>(
        db.orm,
        sql`SELECT count(*)::int AS n FROM audit_events a WHERE a.action = 'report.submitted' AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.id::text = a.entity_id)`,
      );
      expect(orphans?.n).toBe(0);
    } finally {
      await db.close();
    }
    const verify = runCli(['audit', 'verify'], testDb.location);
    expect(verify.stdout).toMatch(/intact/);
    expect(verify.status).toBe(0);
  });
});
