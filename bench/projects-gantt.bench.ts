/**
 * The portfolio Gantt of key projects at the scale of issue #13: 200 projects × 40 nodes (finish-to-start
 * chains) on a generated district, through HTTP as the office, on a real server process. Goal: under 1 s.
 * Ceiling: GET /api/v1/me in the same run (a session and one small query).
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { benchData, login, startServer } from './lib/data';
import { dbArg, percentile, report, timeRuns, writeResults, type Figure } from './lib/results';

const db = dbArg();
const projectCount = 200;
const nodesPer = 40;
const runs = 10;

async function ledger(n: number, year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['项目名称', '项目类型', '项目来源', '项目阶段', '年度计划投资（万元）', '计划开工', '计划竣工']);
  const types = ['工业', '服务业', '城建', '科技', '民生'];
  for (let i = 1; i <= n; i++)
    ws.addRow([
      `甘特压测项目${i}`,
      types[i % types.length],
      '政府投资',
      '在建',
      1200,
      `${year}-01-01`,
      `${year}-12-31`,
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 40 nodes of 8 days each from 1 January, each depending on the one before. */
function plan(year: number) {
  const ids = Array.from({ length: nodesPer }, () => randomUUID());
  return ids.map((id, n) => {
    const start = new Date(Date.UTC(year, 0, 1 + n * 8));
    const end = new Date(start.getTime() + 7 * 86_400_000);
    return {
      id,
      name: `节点${n + 1}`,
      kind: n < 10 ? 'procedure' : 'construction',
      plannedStart: start.toISOString().slice(0, 10),
      plannedEnd: end.toISOString().slice(0, 10),
      dependsOn: n > 0 ? [ids[n - 1]] : [],
      sort: n,
    };
  });
}

const data = await benchData(db, 'district', { scratch: true });
const server = await startServer(data);
const figures: Figure[] = [];
try {
  const cookie = await login(server.base, 'b0-supervisor');
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.base}${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  const year = new Date().getFullYear();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await ledger(projectCount, year))]), 'ledger.xlsx');
  const imported = await fetch(`${server.base}/api/v1/projects/import`, {
    method: 'POST',
    headers: { cookie },
    body: form,
  });
  if (imported.status !== 201) throw new Error(`import: ${imported.status} ${await imported.text()}`);
  const list = (await call('GET', `/api/v1/projects?pageSize=500&year=${year}`)) as {
    items: Array<{ id: string; version: number }>;
  };
  for (const p of list.items)
    await call('PUT', `/api/v1/projects/${p.id}/nodes`, { version: p.version, nodes: plan(year) });
  const path = '/api/v1/projects/gantt?groupBy=type';
  const gantt = (await call('GET', path)) as { groups: Array<{ rows: Array<{ nodes: unknown[] }> }> };
  const rows = gantt.groups.flatMap((g) => g.rows);
  const nodes = rows.reduce((s, r) => s + r.nodes.length, 0);
  process.stdout.write(`${rows.length} projects, ${nodes} nodes on the Gantt; ${runs} runs each\n`);
  const me = await timeRuns(runs, () => call('GET', '/api/v1/me'));
  const times = await timeRuns(runs, () => call('GET', path));
  const floor = percentile(me, 50);
  const median = percentile(times, 50);
  figures.push(
    report({
      name: `portfolio Gantt of ${rows.length}×${nodesPer} (median)`,
      value: median,
      unit: 'ms',
      ceiling: { name: 'GET /me p50', value: floor },
      ratio: median / floor,
      goal: '< 1000 ms',
      met: median < 1000,
      extra: { p95: percentile(times, 95), runs: times, nodes },
    }),
  );
  writeResults('projects-gantt', db, figures, { projectCount, nodesPer, runs }, data.dbVersion);
} finally {
  await server.stop();
  await data.drop();
}
