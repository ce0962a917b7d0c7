/**
 * Importing a 10,000-row ledger sheet: the .xlsx is built with exceljs from generated district data (its
 * units and leaders), POSTed through the import route of a real server as the supervision office. Ceiling:
 * reading the same file with the same parser (readLedgerXlsx), the part no import can skip, in the same run.
 * Works on a scratch copy of the generated district, so the 10,000 drafts do not stay.
 */
import ExcelJS from 'exceljs';
import { like, sql } from 'drizzle-orm';
import { ledgerColumns } from '../src/domain/ledger';
import { readLedgerXlsx } from '../src/server/documents/ledger-xlsx';
import { queryRows } from '../src/server/db/client';
import { withSystemTx } from '../src/server/db/tx';
import { tenants } from '../src/server/db/schema';
import { multipart } from '../test/helpers/multipart';
import { benchData, login, startServer } from './lib/data';
import { dbArg, report, writeResults, type Figure } from './lib/results';

const kind = dbArg();
const rowsWanted = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const data = await benchData(kind, kind === 'postgres' ? 'city' : 'district', { scratch: true });
const figures: Figure[] = [];
try {
  // The district's unit and leader names, as a clerk's sheet would name them.
  const db = await data.open();
  const { unitNames, leaderNames } = await withSystemTx(db, async (tx) => {
    const [tenant] = await tx.select({ id: tenants.id }).from(tenants).where(like(tenants.code, 'bench-0'));
    const units = await queryRows<{ name: string }>(
      tx,
      sql`SELECT name FROM units WHERE tenant_id = ${tenant?.id} AND active ORDER BY code`,
    );
    const leaders = await queryRows<{ name: string }>(
      tx,
      sql`SELECT display_name AS name FROM users WHERE tenant_id = ${tenant?.id} AND 'leader' = ANY(roles) ORDER BY username`,
    );
    return { unitNames: units.map((u) => u.name), leaderNames: leaders.map((l) => l.name) };
  });
  await db.close();

  const objects: Array<[string, string]> = [
    ['老旧小区', '个'],
    ['亿元以上项目', '个'],
    ['幼儿园', '所'],
    ['背街小巷整治', '条'],
    ['农村公路', '公里'],
    ['5G基站', '座'],
  ];
  const verbs = ['新建', '改造', '引进', '完成', '建成', '实施'];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow([...ledgerColumns]);
  for (let i = 0; i < rowsWanted; i++) {
    const [object, unit] = objects[i % objects.length] as [string, string];
    const value = 5 + (i % 40);
    const lead = unitNames[i % unitNames.length] as string;
    const co = unitNames[(i * 7 + 3) % unitNames.length] as string;
    const cells: Record<string, string | number> = {
      序号: i + 1,
      任务编号: '',
      任务内容: `${verbs[i % verbs.length]}${object}${value}${unit}\n${lead}牵头，年内${verbs[(i + 1) % verbs.length]}${object}${value}${unit}，确保按期完成。`,
      量化目标: `${object}：≥${value}${unit}`,
      牵头区领导: leaderNames[i % leaderNames.length] ?? '',
      牵头单位: lead,
      配合单位: co === lead ? '' : co,
      责任人: '',
      开始时间: '2025-01-01',
      完成时限: `2025-${String(3 + (i % 10)).padStart(2, '0')}-28`,
      任务来源: '区委区政府直接下达',
      分类: ['经济发展', '民生', '城市建设', '生态环境'][i % 4] as string,
      状态: '',
    };
    sheet.addRow(ledgerColumns.map((c) => cells[c] ?? ''));
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

  // Ceiling: parsing the file alone (median of 3).
  const parses: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    const parsed = await readLedgerXlsx(bytes);
    parses.push(performance.now() - s);
    if (parsed.rows.length !== rowsWanted) throw new Error(`parsed ${parsed.rows.length} rows`);
  }
  parses.sort((a, b) => a - b);
  const parse = parses[1] as number;

  const server = await startServer(data);
  try {
    const cookie = await login(server.base, 'b0-supervisor');
    const decision = (await (
      await fetch(`${server.base}/api/v1/decisions`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: '2025年重点工作台账（导入基准）',
          kind: 'executive_meeting',
          date: '2025-01-01',
          source: 'district_direct',
        }),
      })
    ).json()) as { id: string };
    const body = multipart({
      name: 'ledger.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    });
    const s = performance.now();
    const res = await fetch(`${server.base}/api/v1/decisions/${decision.id}/import`, {
      method: 'POST',
      headers: { cookie, ...body.headers },
      body: body.payload,
    });
    const answer = await res.text();
    const took = performance.now() - s;
    if (res.status >= 300) throw new Error(`import answered ${res.status}: ${answer.slice(0, 500)}`);
    process.stdout.write(
      `${rowsWanted} rows, ${(bytes.length / 1024).toFixed(0)} KiB .xlsx, on ${data.dbVersion}; import answered ${res.status}\n`,
    );
    figures.push(
      report({
        name: `import ${rowsWanted} rows through HTTP`,
        value: took,
        unit: 'ms',
        ceiling: { name: 'parsing the sheet only', value: parse },
        ratio: took / parse,
        goal: '< 60 s',
        met: took < 60_000,
        extra: { status: res.status, bytes: bytes.length, rowsPerSecond: rowsWanted / (took / 1000) },
      }),
    );
    writeResults('import', kind, figures, { rows: rowsWanted }, data.dbVersion);
  } finally {
    await server.stop();
  }
} finally {
  await data.drop();
}
