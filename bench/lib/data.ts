/**
 * The benchmarks' databases. Generated data (bench/generate.ts) is kept between runs — it is deterministic —
 * in .tmp/bench-<scale> (PGlite) or in the PostgreSQL database DATABASE_URL names (created when missing,
 * e.g. luoshi_bench). A benchmark that writes a lot works on a scratch copy, so the next one measures the
 * same data.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, queryRows, type Database } from '../../src/server/db/client';
import { runMigrations } from '../../src/server/db/migrate';
import { withSystemTx } from '../../src/server/db/tx';
import { startServerProcess, type ServerProcess } from '../../test/helpers/server-process';

export type Scale = 'district' | 'city' | 'province';
export const districtsOf: Record<Scale, number> = { district: 1, city: 15, province: 150 };

/**
 * The scale a benchmark runs at: BENCH_SCALE (`npm run bench -- --scale province` sets it), else a district on
 * PGlite and a city on PostgreSQL. A province needs PostgreSQL.
 */
export function benchScale(kind: 'pglite' | 'postgres'): Scale {
  const asked = process.env.BENCH_SCALE;
  if (asked === undefined || asked === '') return kind === 'postgres' ? 'city' : 'district';
  if (!(asked in districtsOf))
    throw new Error(`BENCH_SCALE must be district, city or province, not ${asked}`);
  if (asked === 'province' && kind !== 'postgres') throw new Error('the province scale needs PostgreSQL');
  return asked as Scale;
}

/** Peak and current resident memory of a process (Linux /proc), in MiB. */
export function processMemoryMiB(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { peak: kib('VmHWM') / 1024, now: kib('VmRSS') / 1024 };
}
export const benchPassword = 'Bench#Pass2024';

export interface BenchData {
  kind: 'pglite' | 'postgres';
  scale: Scale;
  /** Environment for `luoshi serve` on this database. */
  env: Record<string, string>;
  open(): Promise<Database>;
  dbVersion: string;
  drop(): Promise<void>;
}

function generate(scale: Scale, target: string[]): void {
  process.stdout.write(`  generating a ${scale} (bench/generate.ts)…\n`);
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'bench/generate.ts', '--scale', scale, ...target],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) throw new Error('bench:gen failed');
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: withDatabaseName(url, 'postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The generated data of a scale, generating it when it is missing; `scratch` gives a private copy. */
export async function benchData(
  kind: 'pglite' | 'postgres',
  scale: Scale,
  options: { scratch?: boolean } = {},
): Promise<BenchData> {
  if (kind === 'pglite') {
    const dir = `.tmp/bench-${scale}`;
    const marker = `${dir}/.bench-ready`;
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== scale) {
      rmSync(dir, { recursive: true, force: true });
      generate(scale, ['--out', dir]);
      writeFileSync(marker, scale);
    }
    // Newer migrations apply to kept data before use.
    const kept = await openDatabase({ dataDir: dir });
    await runMigrations(kept);
    await kept.close();
    const dataDir = options.scratch ? `${dir}-scratch-${process.pid}` : dir;
    if (options.scratch) cpSync(dir, dataDir, { recursive: true });
    const version = JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8'))
      .version as string;
    return {
      kind,
      scale,
      env: { LUOSHI_DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir }),
      dbVersion: `PGlite ${version}`,
      drop: async () => {
        if (options.scratch) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.DATABASE_URL as string;
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`DATABASE_URL names the database "${name}": use a plain name such as luoshi_bench`);
  const expected = districtsOf[scale];
  await admin(url, async (c) => {
    const exists = (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    if (!exists) await c.query(`CREATE DATABASE ${name}`);
  });
  let ready = false;
  {
    const db = await openDatabase({ databaseUrl: url, dataDir: '' });
    try {
      await runMigrations(db);
      const [row] = await withSystemTx(db, (tx) =>
        queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM tenants WHERE code LIKE 'bench-%'`),
      );
      ready = row?.n === expected;
    } finally {
      await db.close();
    }
  }
  if (!ready) {
    await admin(url, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name}`);
    });
    generate(scale, ['--database', url]);
  }
  let target = url;
  let copy: string | null = null;
  if (options.scratch) {
    copy = `${name}_scratch`;
    await admin(url, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${copy} TEMPLATE ${name}`);
    });
    target = withDatabaseName(url, copy);
  }
  const version = await admin(
    url,
    async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string,
  );
  return {
    kind,
    scale,
    env: { DATABASE_URL: target },
    open: () => openDatabase({ databaseUrl: target, dataDir: '' }),
    dbVersion: `PostgreSQL ${version}`,
    drop: async () => {
      if (copy) await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`));
    },
  };
}

/** `luoshi serve` on the data, jobs off (they would compete for the CPU), login limit out of the way. */
export function startServer(data: Pick<BenchData, 'env'>): Promise<ServerProcess> {
  return startServerProcess({ ...data.env, LUOSHI_JOBS: 'off', LUOSHI_LOGIN_RATE_LIMIT: '1000000' });
}

/** Logs in through HTTP and returns the session cookie. */
export async function login(base: string, username: string, password = benchPassword): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}
