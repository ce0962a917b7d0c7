/**
 * One generated district served by a real server process on PGlite: p50/p95 of the ledger page, the lights
 * and the cockpit over 30 sequential requests each (goal on PGlite at district scale: p95 < 300 ms).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startServerProcess } from '../test/helpers/server-process';

const dataDir = '.tmp/bench-district';
rmSync(dataDir, { recursive: true, force: true });
const gen = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'bench/generate.ts', '--scale', 'district', '--out', dataDir], { stdio: 'inherit' });
if (gen.status !== 0) process.exit(1);

const server = await startServerProcess({ LUOSHI_DATA_DIR: dataDir, LUOSHI_JOBS: 'off' });
try {
  const login = await fetch(`${server.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'b0-supervisor', password: 'Bench#Pass2024' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  for (const path of ['/api/v1/tasks?pageSize=50', '/api/v1/tasks?pageSize=50&light=red', '/api/v1/lights?asOf=2024-07-31', '/api/v1/cockpit']) {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      const res = await fetch(`${server.base}${path}`, { headers: { cookie } });
      await res.arrayBuffer();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(`${path}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (goal p95 < 300 ms)\n`);
  }
} finally {
  await server.stop();
}
