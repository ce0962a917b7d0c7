/**
 * The public board of key projects (甘特图公示) under load, from its one-minute cache: a district's ledger of
 * 60 projects is imported and made public, then autocannon asks for the page and for its JSON on a real server
 * process, beside GET /api/v1/health (no session, no database) as the ceiling measured in the same run. Goal:
 * 200 requests/s on loopback. The public rate limit is lifted for the run (LUOSHI_PUBLIC_RATE_LIMIT).
 */
import autocannon from 'autocannon';
import ExcelJS from 'exceljs';
import { benchData, login, startServer } from './lib/data';
import { dbArg, report, writeResults, type Figure } from './lib/results';

const db = dbArg();
const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 8);
const connections = 20;
const goal = 200;

async function ledger(n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['项目名称', '项目类型', '项目来源', '项目阶段', '年度计划投资（万元）', '计划开工', '计划竣工']);
  const year = new Date().getFullYear();
  for (let i = 1; i <= n; i++)
    ws.addRow([`压测项目${i}`, '工业', '政府投资', '在建', 1000 + i, `${year}-02-01`, `${year + 1}-06-30`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function load(url: string) {
  const r = await autocannon({ url, connections, duration: seconds });
  return {
    rate: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

const data = await benchData(db, 'district', { scratch: true });
const server = await startServer({ env: { ...data.env, LUOSHI_PUBLIC_RATE_LIMIT: '100000000' } });
const figures: Figure[] = [];
try {
  const cookie = await login(server.base, 'b0-supervisor');
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await ledger(60))]), 'ledger.xlsx');
  const imported = await fetch(`${server.base}/api/v1/projects/import`, {
    method: 'POST',
    headers: { cookie },
    body: form,
  });
  if (imported.status !== 201) throw new Error(`import: ${imported.status} ${await imported.text()}`);
  const settings = (await (
    await fetch(`${server.base}/api/v1/projects/board/settings`, { headers: { cookie } })
  ).json()) as {
    projects: Array<{ id: string }>;
    publicPath: string;
  };
  const saved = await fetch(`${server.base}/api/v1/projects/board/settings`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({
      publicFields: [
        'name',
        'type',
        'stage',
        'street',
        'plannedStart',
        'plannedEnd',
        'progressPct',
        'light',
        'nodes',
      ],
      projectIds: settings.projects.map((p) => p.id),
    }),
  });
  if (saved.status !== 200) throw new Error(`board settings: ${saved.status}`);
  const page = `${server.base}${settings.publicPath}`;
  const json = page.replace('/public/', '/public/api/');
  await load(page); // warm: JIT and the cache
  const ceiling = await load(`${server.base}/api/v1/health`);
  process.stdout.write(
    `${connections} connections × ${seconds} s each (autocannon), ${settings.projects.length} public projects\n`,
  );
  figures.push(
    report({ name: 'GET /api/v1/health (ceiling)', value: ceiling.rate, unit: 'req/s', extra: ceiling }),
  );
  for (const [name, url] of [
    ['public page from cache', page],
    ['public JSON from cache', json],
  ] as const) {
    const r = await load(url);
    figures.push(
      report({
        name,
        value: r.rate,
        unit: 'req/s',
        ceiling: { name: 'GET /api/v1/health', value: ceiling.rate },
        ratio: r.rate / ceiling.rate,
        goal: `≥ ${goal} req/s`,
        met: r.rate >= goal && r.non2xx === 0,
        extra: { ...r, url },
      }),
    );
  }
  writeResults('public-projects', db, figures, { connections, seconds }, data.dbVersion);
} finally {
  await server.stop();
  await data.drop();
}
