/**
 * The assessment of every district (`GET /api/v1/assessment/results` through HTTP, each district's office
 * asking), one after another on one node, as a city or a province would run its year end. Ceiling, same run:
 * the same request for district 0 alone, times the number of districts — the ratio says whether a district's
 * assessment gets slower as the database holds more of them.
 */
import { benchData, benchScale, login, processMemoryMiB, startServer } from './lib/data';
import { dbArg, percentile, report, writeResults } from './lib/results';

const kind = dbArg();
const scale = benchScale(kind);
const districts = { district: 1, city: 15, province: 150 }[scale];
const path = '/api/v1/assessment/results?year=2024&asOf=2024-12-31';

const data = await benchData(kind, scale);
const server = await startServer(data);
try {
  const assess = async (district: number) => {
    const cookie = await login(server.base, `b${district}-supervisor`);
    const start = performance.now();
    const res = await fetch(`${server.base}${path}`, { headers: { cookie } });
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`district ${district}: ${res.status}`);
    return { ms: performance.now() - start, bytes: body.byteLength };
  };
  await assess(0); // warm: JIT and the first queries' plans
  const alone = [await assess(0), await assess(0), await assess(0)].map((r) => r.ms);
  const each: number[] = [];
  let bytes = 0;
  const started = performance.now();
  for (let d = 0; d < districts; d++) {
    const r = await assess(d);
    each.push(r.ms);
    bytes = Math.max(bytes, r.bytes);
    if ((d + 1) % 25 === 0)
      process.stdout.write(
        `  … ${d + 1} districts in ${Math.round((performance.now() - started) / 1000)} s\n`,
      );
  }
  const total = each.reduce((a, b) => a + b, 0);
  const ceiling = percentile(alone, 50) * districts;
  const memory = server.child.pid ? processMemoryMiB(server.child.pid) : null;
  const figures = [
    report({
      name: `assessment of every district of the ${scale} (${districts})`,
      value: total,
      unit: 'ms',
      ceiling: { name: `district 0 alone × ${districts}`, value: ceiling },
      ratio: total / ceiling,
      extra: {
        p50: percentile(each, 50),
        p95: percentile(each, 95),
        max: Math.max(...each),
        largestAnswerBytes: bytes,
      },
    }),
    ...(memory
      ? [
          report({
            name: 'memory of the node (peak resident)',
            value: memory.peak,
            unit: 'MiB',
            extra: { nowMiB: memory.now },
          }),
        ]
      : []),
  ];
  writeResults('assessments', kind, figures, { scale, districts, path }, data.dbVersion);
} finally {
  await server.stop();
  await data.drop();
}
