/**
 * Report submission through HTTP against the same insert done directly through the driver: the ceiling is
 * a loop of single-row INSERTs into reports (one statement, one commit each — what a submission must at
 * least do); the figure is POST /api/v1/tasks/:id/reports from many concurrent clients (autocannon), each
 * unit's operator logged in once, every request a distinct task and period (pre-generated). Goal: the HTTP
 * rate ≥ 0.5 of the raw rate, on PGlite and on PostgreSQL. Runs on a fresh database of its own.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { openDatabase, type Database } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { login, password, reportBody, seedDistrict } from '../test/reliability/support';
import { startServer } from './lib/data';
import { dbArg, report, writeResults, type Figure } from './lib/results';

const kind = dbArg();
const count = Number(process.env.BENCH_REPORTS ?? 2000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const unitCount = 20;
const tasksPerUnit = 50;
const months = (year: number) =>
  Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`);

// A fresh database for this benchmark alone.
let env: Record<string, string>;
let open: () => Promise<Database>;
let drop: () => Promise<void>;
let dbVersion: string;
if (kind === 'pglite') {
  const dataDir = `.tmp/bench-reports-${process.pid}`;
  rmSync(dataDir, { recursive: true, force: true });
  env = { LUOSHI_DATA_DIR: dataDir };
  open = () => openDatabase({ dataDir });
  drop = async () => rmSync(dataDir, { recursive: true, force: true });
  dbVersion = 'PGlite';
} else {
  const base = new URL(process.env.DATABASE_URL as string);
  const name = `${base.pathname.slice(1)}_reports`;
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl.toString() });
    await c.connect();
    try {
      return await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  env = { DATABASE_URL: url.toString() };
  open = () => openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  drop = async () => void (await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  dbVersion = `PostgreSQL ${(await admin('SHOW server_version')).rows[0].server_version}`;
}

const figures: Figure[] = [];
try {
  const db = await open();
  await runMigrations(db);
  const district = await seedDistrict(db, { unitCount, tasksPerUnit });
  const allTasks = district.units.flatMap((u) =>
    u.taskIds.map((taskId) => ({ taskId, unitId: u.unitId, username: u.username })),
  );
  const userId = (
    (await db.rawQuery(`SELECT id FROM users WHERE username = 'op0'`)).rows[0] as { id: string }
  ).id;

  // Ceiling: the same insert, straight through the driver, one after another (2023's periods).
  const rawPeriods = months(2023);
  const rawCount = Math.min(count, allTasks.length * rawPeriods.length);
  const started = performance.now();
  for (let i = 0; i < rawCount; i++) {
    const task = allTasks[i % allTasks.length]!;
    const period = rawPeriods[Math.floor(i / allTasks.length)]!;
    await db.rawQuery(
      `INSERT INTO reports (id, tenant_id, task_id, unit_id, period, progress, narrative, problems, next_steps, status, submitted_by, submitted_at, updated_at, updated_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, 'submitted', $9, now(), now(), $9, now())`,
      [
        uuidv7(),
        district.tenantId,
        task.taskId,
        task.unitId,
        period,
        i % 101,
        `本期完成${i}，按计划推进。`,
        '继续推进',
        userId,
      ],
    );
  }
  const rawRate = rawCount / ((performance.now() - started) / 1000);

  // A second ceiling: the writes a submission cannot avoid — the report, its event and the audit row
  // appended to the district's chain under the chain's lock — in one transaction each, through the driver
  // on one connection, one after another (2022's periods).
  const txPeriods = months(2022);
  const txCount = Math.min(Math.round(count / 2), allTasks.length * txPeriods.length);
  const pgClient = kind === 'postgres' ? new pg.Client({ connectionString: env.DATABASE_URL }) : null;
  await pgClient?.connect();
  const q = async (text: string, values?: unknown[]) => {
    if (pgClient) await pgClient.query(text, values);
    else await db.rawQuery(text, values);
  };
  const [{ seq: lastSeq } = { seq: 0 }] = (
    await db.rawQuery(`SELECT coalesce(max(seq), 0)::int AS seq FROM audit_events WHERE tenant_id = $1`, [
      district.tenantId,
    ])
  ).rows as Array<{ seq: number }>;
  let seq = lastSeq;
  let prevHash = 'bench';
  const txStarted = performance.now();
  for (let i = 0; i < txCount; i++) {
    const task = allTasks[i % allTasks.length]!;
    const period = txPeriods[Math.floor(i / allTasks.length)]!;
    const reportId = uuidv7();
    await q('BEGIN');
    await q(
      `INSERT INTO reports (id, tenant_id, task_id, unit_id, period, progress, narrative, problems, next_steps, status, submitted_by, submitted_at, updated_at, updated_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, 'submitted', $9, now(), now(), $9, now())`,
      [
        reportId,
        district.tenantId,
        task.taskId,
        task.unitId,
        period,
        i % 101,
        `本期完成${i}，按计划推进。`,
        '继续推进',
        userId,
      ],
    );
    await q(
      `INSERT INTO report_events (id, tenant_id, report_id, action, progress, actor_id, at) VALUES ($1, $2, $3, 'submit', $4, $5, now())`,
      [uuidv7(), district.tenantId, reportId, i % 101, userId],
    );
    await q(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`audit:${district.tenantId}`]);
    await q(`SELECT seq, hash FROM audit_events WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1`, [
      district.tenantId,
    ]);
    seq++;
    const hash = createHash('sha256').update(`${prevHash}|${seq}|${reportId}`).digest('hex');
    await q(
      `INSERT INTO audit_events (id, tenant_id, seq, at, actor_id, action, entity_type, entity_id, diff, hash_alg, prev_hash, hash) VALUES ($1, $2, $3, now(), $4, 'report.submitted', 'report', $5, $6, 'sha256', $7, $8)`,
      [
        uuidv7(),
        district.tenantId,
        seq,
        userId,
        reportId,
        JSON.stringify({ after: { taskId: task.taskId, period } }),
        prevHash,
        hash,
      ],
    );
    await q('COMMIT');
    prevHash = hash;
  }
  const txRate = txCount / ((performance.now() - txStarted) / 1000);
  await pgClient?.end();
  await db.close();

  // The figure: the same submissions through HTTP (2024–2025's periods), many clients at once.
  const server = await startServer({ env });
  try {
    const cookies = new Map<string, string>();
    for (const u of district.units) cookies.set(u.username, await login(server.base, u.username));
    const periods = [...months(2024), ...months(2025)];
    const jobs = Array.from({ length: Math.min(count, allTasks.length * periods.length) }, (_, i) => {
      const task = allTasks[i % allTasks.length]!;
      const period = periods[Math.floor(i / allTasks.length)]!;
      return {
        path: `/api/v1/tasks/${task.taskId}/reports`,
        cookie: cookies.get(task.username) as string,
        body: JSON.stringify(reportBody(period, i % 101, String(i))),
      };
    });
    let next = 0;
    const result = await autocannon({
      url: server.base,
      connections,
      amount: jobs.length,
      timeout: 60,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            const job = jobs[next++ % jobs.length]!;
            return {
              ...req,
              path: job.path,
              headers: { 'content-type': 'application/json', cookie: job.cookie },
              body: job.body,
            };
          },
        },
      ],
    });
    const created = result['2xx'];
    const httpRate = created / (result.duration || 1);
    process.stdout.write(
      `${dbVersion}: ${rawCount} raw inserts, ${jobs.length} HTTP submissions by ${connections} clients (${unitCount} operators, password ${password.length} chars)\n`,
    );
    figures.push(
      report({ name: 'raw INSERT through the driver (ceiling)', value: rawRate, unit: 'reports/s' }),
    );
    figures.push(
      report({
        name: "the submission's writes in one transaction through the driver (second ceiling)",
        value: txRate,
        unit: 'reports/s',
        ceiling: { name: 'raw INSERT', value: rawRate },
        ratio: txRate / rawRate,
      }),
    );
    figures.push(
      report({
        name: 'POST /api/v1/tasks/:id/reports',
        value: httpRate,
        unit: 'reports/s',
        ceiling: { name: 'raw INSERT', value: rawRate },
        ratio: httpRate / rawRate,
        goal: '≥ 0.5 of raw',
        met: httpRate / rawRate >= 0.5,
        extra: {
          ratioToTransactionCeiling: httpRate / txRate,
          transactionCeiling: txRate,
          created,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          latencyP50: result.latency.p50,
          latencyP99: result.latency.p99,
          seconds: result.duration,
        },
      }),
    );
    if (result.non2xx > 0 || result.errors > 0)
      process.stdout.write(`  ! ${result.non2xx} non-2xx answers, ${result.errors} errors\n`);
    process.stdout.write(`  HTTP / transaction ceiling: ${(httpRate / txRate).toFixed(2)}\n`);
    writeResults(
      'reports',
      kind,
      figures,
      { rawCount, txCount, httpCount: jobs.length, connections, tasks: allTasks.length },
      dbVersion,
    );
  } finally {
    await server.stop();
  }
} finally {
  await drop();
}
