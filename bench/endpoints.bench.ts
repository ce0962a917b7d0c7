/**
 * The light-based and ledger endpoints, the assessment and the monthly bulletin, timed through HTTP on a
 * real server process: a district on PGlite (goal p95 < 300 ms), a city on PostgreSQL (goal p95 < 100 ms,
 * district 0 of 15 asking; with --scale province, district 0 of 150). Requests go one at a time, interleaved with the ceiling — GET /api/v1/me, the
 * cheapest authenticated request (session, tenant transaction, JSON) — so each figure has its floor from
 * the same moments of the same run.
 */
import { benchData, benchScale, login, processMemoryMiB, startServer, type Scale } from './lib/data';
import { dbArg, percentile, report, writeResults, type Figure } from './lib/results';

const db = dbArg();
const scale: Scale = benchScale(db);
const goal = db === 'postgres' ? 100 : 300;
const rounds = Number(process.env.BENCH_ROUNDS ?? 40);

const data = await benchData(db, scale);
const server = await startServer(data);
const figures: Figure[] = [];
try {
  const cookie = await login(server.base, 'b0-supervisor');
  let lastBytes = 0;
  const get = async (path: string, init: RequestInit = {}) => {
    const start = performance.now();
    const res = await fetch(`${server.base}${path}`, {
      ...init,
      headers: { cookie, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
    lastBytes = (await res.arrayBuffer()).byteLength;
    if (res.status >= 400) throw new Error(`${path}: ${res.status}`);
    return performance.now() - start;
  };
  const units = (await (await fetch(`${server.base}/api/v1/units`, { headers: { cookie } })).json()) as
    { items?: Array<{ id: string }> } | Array<{ id: string }>;
  const unitId = (Array.isArray(units) ? units : (units.items ?? []))[5]?.id;
  const endpoints: Array<[string, string]> = [
    ['ledger page 1', '/api/v1/tasks?pageSize=50'],
    [
      'ledger filtered, page 3',
      `/api/v1/tasks?status=in_progress&q=${encodeURIComponent('改造')}&pageSize=20&page=3`,
    ],
    ...(unitId
      ? ([['ledger of one unit', `/api/v1/tasks?unitId=${unitId}&pageSize=50`]] as Array<[string, string]>)
      : []),
    ['ledger ?light=red', '/api/v1/tasks?light=red&pageSize=50'],
    ['/lights', '/api/v1/lights?asOf=2024-07-31'],
    ['cockpit', '/api/v1/cockpit'],
  ];
  const ceilingPath = '/api/v1/me';
  const times = new Map<string, number[]>([
    [ceilingPath, []],
    ...endpoints.map(([, p]) => [p, []] as [string, number[]]),
  ]);
  for (const [, path] of endpoints) await get(path); // warm: JIT, caches, the day's lights
  for (let r = 0; r < rounds; r++) {
    times.get(ceilingPath)?.push(await get(ceilingPath));
    for (const [, path] of endpoints) times.get(path)?.push(await get(path));
  }
  const floor = times.get(ceilingPath) ?? [];
  const floorP50 = percentile(floor, 50);
  const floorP95 = percentile(floor, 95);
  process.stdout.write(
    `${scale} on ${data.dbVersion}, ${rounds} rounds; ceiling GET /api/v1/me p50 ${floorP50.toFixed(1)} ms, p95 ${floorP95.toFixed(1)} ms\n`,
  );
  for (const [name, path] of endpoints) {
    const t = times.get(path) ?? [];
    const p50 = percentile(t, 50);
    const p95 = percentile(t, 95);
    figures.push(
      report({
        name: `${name} p95`,
        value: p95,
        unit: 'ms',
        ceiling: { name: 'GET /me p95', value: floorP95 },
        ratio: p95 / floorP95,
        goal: `< ${goal} ms`,
        met: p95 < goal,
        extra: { path, p50, floorP50, ratioP50: p50 / floorP50 },
      }),
    );
  }

  // A cache miss: every request asks for another date, so each computes a district's lights afresh.
  const misses: number[] = [];
  for (let d = 1; d <= 20; d++)
    misses.push(await get(`/api/v1/lights?asOf=2024-06-${String(d).padStart(2, '0')}`));
  figures.push(
    report({
      name: '/lights, cache miss (new date) p95',
      value: percentile(misses, 95),
      unit: 'ms',
      ceiling: { name: 'GET /me p95', value: floorP95 },
      ratio: percentile(misses, 95) / floorP95,
      goal: `< ${goal} ms`,
      met: percentile(misses, 95) < goal,
      extra: { p50: percentile(misses, 50) },
    }),
  );

  // The assessment of the district as of a date (computeResults through its route).
  const assessment: number[] = [];
  for (let i = 0; i < 5; i++)
    assessment.push(await get('/api/v1/assessment/results?year=2024&asOf=2024-12-31'));
  const assessmentBytes = lastBytes;
  figures.push(
    report({
      name: 'assessment of the district (median)',
      value: percentile(assessment, 50),
      unit: 'ms',
      ceiling: { name: 'GET /me p50', value: floorP50 },
      ratio: percentile(assessment, 50) / floorP50,
      goal: '< 1000 ms',
      met: percentile(assessment, 50) < 1000,
    }),
    report({
      name: 'assessment answer size',
      value: assessmentBytes / 1e6,
      unit: 'MB',
      goal: '< 1 MB',
      met: assessmentBytes < 1e6,
    }),
  );

  // The monthly bulletin: computed, stored as a new version, answered.
  const bulletin: number[] = [];
  for (let i = 0; i < 3; i++)
    bulletin.push(
      await get('/api/v1/bulletins', { method: 'POST', body: JSON.stringify({ period: '2024-07' }) }),
    );
  figures.push(
    report({
      name: 'monthly bulletin (median)',
      value: percentile(bulletin, 50),
      unit: 'ms',
      ceiling: { name: 'GET /me p50', value: floorP50 },
      ratio: percentile(bulletin, 50) / floorP50,
      goal: '< 2000 ms',
      met: percentile(bulletin, 50) < 2000,
    }),
  );
  // Memory of the node that served all of the above (Linux: peak resident set since it started).
  const memory = server.child.pid ? processMemoryMiB(server.child.pid) : null;
  if (memory)
    figures.push(
      report({
        name: 'memory of the node (peak resident)',
        value: memory.peak,
        unit: 'MiB',
        extra: { nowMiB: memory.now },
      }),
    );
  writeResults(
    'endpoints',
    db,
    figures,
    { scale, rounds, asking: 'b0-supervisor (district 0)' },
    data.dbVersion,
  );
} finally {
  await server.stop();
  await data.drop();
}
