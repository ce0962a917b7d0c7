/**
 * `luoshi backup` while lead units keep submitting reports and a supervisor keeps approving them, then
 * `luoshi restore` into an empty database: the restored database is consistent — every foreign key
 * resolves, the audit chain verifies, and no transaction is cut in half (a report is there iff its
 * submission event and audit event are; an approval iff its event and audit event are).
 *
 * PostgreSQL: the backup runs against the live database in one REPEATABLE READ snapshot. PGlite: the
 * server holds the data directory (one process per directory), so a live backup is refused with
 * DATABASE_IN_USE (exit 3) and writes nothing; the backup is taken after the server stops.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../../src/server/db/client';
import { runCli } from '../helpers/cli';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTestDatabase, dbKinds, type TestDatabase } from '../helpers/test-app';
import { login, serverEnv, reportBody, seedDistrict, sleep, type District } from './support';

type Location = TestDatabase['location'];

/** `luoshi …` without blocking this process's event loop (the writers must keep writing meanwhile). */
function runCliAsync(
  args: string[],
  location: Location,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['bin/luoshi.mjs', ...args], {
      env: { ...process.env, LUOSHI_DATA_DIR: location.dataDir, DATABASE_URL: location.databaseUrl ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status) => done({ status, stdout, stderr }));
  });
}

/** Writers (one per unit) submit reports and a supervisor approves them until stopped. */
function startLoad(server: ServerProcess, district: District, cookies: Map<string, string>) {
  let stop = false;
  const acknowledged: Array<{ id: string; at: number }> = [];
  const approved: Array<{ id: string; at: number }> = [];
  const failures: string[] = [];
  const post = (username: string, path: string, body: unknown) =>
    fetch(`${server.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.get(username) as string },
      body: JSON.stringify(body),
    });
  const writer = async (w: number) => {
    const unit = district.units[w]!;
    for (let n = 0; !stop; n++) {
      const taskId = unit.taskIds[n % unit.taskIds.length]!;
      const period = `2025-${String((Math.floor(n / unit.taskIds.length) % 12) + 1).padStart(2, '0')}`;
      const res = await post(
        unit.username,
        `/api/v1/tasks/${taskId}/reports`,
        reportBody(period, n % 101, `${w}-${n}`),
      );
      const text = await res.text();
      if (res.status === 201)
        acknowledged.push({ id: (JSON.parse(text) as { id: string }).id, at: Date.now() });
      else failures.push(`submit ${res.status} ${text.slice(0, 200)}`);
    }
  };
  const reviewer = async () => {
    let next = 0;
    while (!stop) {
      const report = acknowledged[next];
      if (!report) {
        await sleep(10);
        continue;
      }
      next++;
      const res = await post(district.supervisor, `/api/v1/reports/${report.id}/review`, {
        decision: 'approve',
      });
      if (res.status === 200) approved.push({ id: report.id, at: Date.now() });
      else failures.push(`review ${res.status} ${(await res.text()).slice(0, 200)}`);
    }
  };
  const running = Promise.all([...district.units.map((_, w) => writer(w)), reviewer()]);
  return {
    acknowledged,
    approved,
    failures,
    async stop() {
      stop = true;
      await running;
    },
  };
}

/** Every single-column foreign key of the schema, checked row by row: the number of rows whose parent is missing. */
async function danglingReferences(db: Database): Promise<Array<{ fk: string; n: number }>> {
  const fks = await queryRows<{
    name: string;
    child: string;
    parent: string;
    child_col: string;
    parent_col: string;
  }>(
    db.orm,
    sql`SELECT c.conname AS name, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
               a.attname AS child_col, pa.attname AS parent_col
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const out: Array<{ fk: string; n: number }> = [];
  for (const fk of fks) {
    const [row] = await queryRows<{ n: number }>(
      db.orm,
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(fk.child)} c
          WHERE c.${sql.identifier(fk.child_col)} IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM ${sql.identifier(fk.parent)} p WHERE p.${sql.identifier(fk.parent_col)} = c.${sql.identifier(fk.child_col)})`,
    );
    out.push({ fk: fk.name, n: row?.n ?? 0 });
  }
  return out;
}

/** Reports whose submission or approval is only half there (row without its event or audit event, or the reverse). */
async function halfTransactions(db: Database): Promise<unknown[]> {
  return queryRows(
    db.orm,
    sql`WITH r AS (
          SELECT r.id, r.status,
                 (SELECT count(*)::int FROM report_events e WHERE e.report_id = r.id AND e.action = 'submit') AS submit_events,
                 (SELECT count(*)::int FROM audit_events a WHERE a.entity_id = r.id::text AND a.action = 'report.submitted') AS submit_audits,
                 (SELECT count(*)::int FROM report_events e WHERE e.report_id = r.id AND e.action = 'approve') AS approve_events,
                 (SELECT count(*)::int FROM audit_events a WHERE a.entity_id = r.id::text AND a.action = 'report.approved') AS approve_audits
          FROM reports r)
        SELECT * FROM r
        WHERE submit_events <> 1 OR submit_audits <> 1
           OR approve_events <> approve_audits OR approve_events <> (CASE WHEN status = 'approved' THEN 1 ELSE 0 END)
        UNION ALL
        SELECT a.entity_id::uuid, 'audit without report', 0, 0, 0, 0 FROM audit_events a
        WHERE a.action IN ('report.submitted', 'report.approved') AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.id::text = a.entity_id)`,
  );
}

async function reportIds(location: Location): Promise<Set<string>> {
  const db = await openDatabase({ dataDir: location.dataDir, databaseUrl: location.databaseUrl });
  try {
    return new Set((await queryRows<{ id: string }>(db.orm, sql`SELECT id FROM reports`)).map((r) => r.id));
  } finally {
    await db.close();
  }
}

describe.each(dbKinds())('backup while writes go on (%s)', (kind) => {
  const made: TestDatabase[] = [];
  const file = resolve('.tmp', `backup-load-${randomUUID()}.jsonl.gz`);
  afterAll(async () => {
    await Promise.all(made.map((d) => d.drop()));
    await rm(file, { force: true });
  });

  it(
    'restores into an empty database that is consistent, with nothing half-written',
    { timeout: 600_000 },
    async () => {
      const source = await createTestDatabase(kind);
      made.push(source);
      const district = await seedDistrict(source.db, { unitCount: 6, tasksPerUnit: 30 });
      await source.db.close();
      const server = await startServerProcess(serverEnv(source.location));
      let load: ReturnType<typeof startLoad> | undefined;
      let backupStarted = 0;
      let backupEnded = 0;
      try {
        const cookies = new Map<string, string>();
        for (const username of [...district.units.map((u) => u.username), district.supervisor])
          cookies.set(username, await login(server.base, username));
        load = startLoad(server, district, cookies);
        while (load.approved.length < 20) await sleep(20);

        backupStarted = Date.now();
        const backup = await runCliAsync(['backup', file], source.location);
        backupEnded = Date.now();
        if (kind === 'pglite') {
          // The embedded database belongs to the running server: refused, nothing written, the server unharmed.
          expect(backup.status).toBe(3);
          expect(backup.stderr).toMatch(/DATABASE_IN_USE/);
          expect(existsSync(file)).toBe(false);
        } else {
          expect(backup.stderr).not.toMatch(/error/i);
          expect(backup.status).toBe(0);
        }
        // Writes went on during the backup and after it.
        const afterBackup = load.acknowledged.length;
        while (load.acknowledged.length < afterBackup + 10) await sleep(20);
        await load.stop();
        expect(load.failures).toEqual([]);
        expect(
          load.acknowledged.filter((a) => a.at > backupStarted && a.at < backupEnded).length,
        ).toBeGreaterThan(0);
        expect((await fetch(`${server.base}/api/v1/health`)).status).toBe(200);
      } finally {
        await load?.stop();
        await server.stop();
      }

      if (kind === 'pglite') {
        const offline = runCli(['backup', file], source.location);
        expect(offline.stderr).not.toMatch(/error/i);
        expect(offline.status).toBe(0);
      }

      const target = await createTestDatabase(kind);
      made.push(target);
      await target.db.close();
      const restore = runCli(['restore', file], target.location);
      expect(restore.stderr).not.toMatch(/error/i);
      expect(restore.status).toBe(0);

      const restored = await reportIds(target.location);
      const acknowledged = load.acknowledged;
      console.log(
        `[backup ${kind}] ${acknowledged.length} reports acknowledged (${acknowledged.filter((a) => a.at > backupStarted && a.at < backupEnded).length} while the backup ran ${backupEnded - backupStarted} ms), ${load.approved.length} approved; ${restored.size} in the restored database`,
      );
      // Everything acknowledged before the backup began is in it; nothing after it ended is (a snapshot, not a smear).
      const missing = acknowledged.filter((a) => a.at < backupStarted && !restored.has(a.id));
      expect(missing).toEqual([]);
      if (kind === 'postgres') {
        expect(acknowledged.filter((a) => a.at > backupEnded && restored.has(a.id))).toEqual([]);
      } else {
        expect(restored.size).toBe(acknowledged.length);
      }

      const db = await openDatabase({
        dataDir: target.location.dataDir,
        databaseUrl: target.location.databaseUrl,
      });
      try {
        expect((await danglingReferences(db)).filter((d) => d.n > 0)).toEqual([]);
        expect(await halfTransactions(db)).toEqual([]);
      } finally {
        await db.close();
      }
      const verify = runCli(['audit', 'verify'], target.location);
      expect(verify.stdout).toMatch(/intact/);
      expect(verify.status).toBe(0);
    },
  );
});
