/**
 * `npm run bench [-- --only <name>[,<name>…]] [--db pglite|postgres] [--scale district|city|province]`: every benchmark in bench/*.bench.ts, on PGlite, and on
 * PostgreSQL too when DATABASE_URL is set (a database of its own, e.g. postgres://…/luoshi_bench — created
 * and filled by the benchmarks; never point it at real data). Each prints its figures next to a ceiling
 * measured in the same run and writes bench/results/<name>-<db>.json. Each run is bounded
 * (BENCH_TIMEOUT_S, default 600 s) so that a full run stays well under 30 minutes on the development machine
 * once the data exist (generating the PostgreSQL city the first time takes ~5–10 minutes more).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Benchmarks without a database run once; the others once per database. */
const dbless = new Set(['http', 'extract']);

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',').filter(Boolean)) : null;
const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
if (only) {
  const unknown = [...only].filter((n) => !names.includes(n));
  if (unknown.length) {
    process.stderr.write(`no such benchmark: ${unknown.join(', ')} (there are: ${names.join(', ')})\n`);
    process.exit(2);
  }
}
// --scale province: the benchmarks that issue 20 asks of a province (150 districts in one PostgreSQL), only on
// PostgreSQL; their results go to bench/results/<name>-postgres-province.json.
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? args[scaleAt + 1] : undefined;
const provinceSet = ['endpoints', 'lights', 'reminders', 'assessments'];
if (scale) {
  if (!['district', 'city', 'province'].includes(scale)) {
    process.stderr.write(`--scale must be district, city or province, not ${scale}\n`);
    process.exit(2);
  }
  if (scale === 'province' && !process.env.DATABASE_URL) {
    process.stderr.write('--scale province needs DATABASE_URL (PostgreSQL)\n');
    process.exit(2);
  }
  process.env.BENCH_SCALE = scale;
}
const dbAt = args.indexOf('--db');
const dbs = (
  scale === 'province' ? ['postgres'] : process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
).filter((d) => dbAt < 0 || d === args[dbAt + 1]);
const started = Date.now();
const failed: string[] = [];
for (const name of names.filter((n) =>
  only ? only.has(n) : scale !== 'province' || provinceSet.includes(n),
)) {
  for (const db of dbless.has(name) ? [null] : dbs) {
    const label = db ? `${name} on ${db}` : name;
    process.stdout.write(`\n== ${label}\n`);
    const run = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', `bench/${name}.bench.ts`, ...(db ? ['--db', db] : [])],
      {
        stdio: 'inherit',
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
      },
    );
    if (run.status !== 0) {
      failed.push(label);
      process.stdout.write(
        `!! ${label} ${run.signal ? `stopped after ${timeoutMs / 1000} s` : `failed (${run.status})`}\n`,
      );
    }
  }
}
process.stdout.write(
  `\n${failed.length ? `failed: ${failed.join(', ')}` : 'all benchmarks ran'} in ${Math.round((Date.now() - started) / 1000)} s\n`,
);
process.exit(failed.length > 0 ? 1 : 0);
