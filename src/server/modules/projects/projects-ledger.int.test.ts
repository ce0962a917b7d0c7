import ExcelJS from 'exceljs';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { seedProject } from '../../../../test/helpers/projects';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { projectLedgerColumns } from '../../../domain/project-ledger';
import { withSystemTx } from '../../db/tx';
import { projects } from '../../db/schema';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function sheetOf(rows: Array<Record<string, string | number>>, headers?: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  const columns = headers ?? projectLedgerColumns.map((c) => c.header);
  ws.addRow(['2024年重点项目台账']);
  ws.addRow(columns);
  for (const r of rows) ws.addRow(columns.map((h) => r[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readBack(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws?.eachRow((row) =>
    out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
  );
  return out;
}

describe.each(dbKinds())('project ledger import and export on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let leaderCookie: string;
  let unitCookie: string;
  let streetId: string;
  const projectCount = async () =>
    Number((await withSystemTx(t.db, (tx) => tx.select({ n: count() }).from(projects)))[0]?.n ?? 0);
  const importSheet = (bytes: Buffer, cookie = office) => {
    const body = multipart({ name: '台账.xlsx', type: xlsx, bytes });
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/projects/import',
      payload: body.payload,
      headers: { ...body.headers, cookie },
    });
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set(new Date('2024-07-15T02:00:00Z'));
    const street = await buildUnit(t, { name: '城关街道', code: 'CG', kind: 'street' });
    streetId = street.id;
    await buildUnit(t, { name: '区发改局', code: 'FGJ' });
    const leader = await buildUser(t, { roles: ['leader'], displayName: '王分包' });
    office = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    leaderCookie = await loginAs(t, leader);
    unitCookie = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: street.id }));
  });
  afterAll(async () => t.close());

  it('refuses a sheet with bad cells whole, naming each by row, field, column and code', async () => {
    const bytes = await sheetOf([
      { 项目名称: '好项目', 项目类型: '工业', 项目来源: '政府投资' },
      {
        项目名称: '',
        项目类型: '矿业',
        项目来源: '天上掉的',
        '总投资（万元）': '-5',
        计划开工: '2024-05-01',
        计划竣工: '2024-03-01',
      },
      {
        项目名称: '另一项目',
        项目类型: '城建',
        项目来源: '社会投资',
        主体推进单位: '不存在街道',
        分包区领导: '李四',
        '年度计划投资（万元）': '1.234',
      },
    ]);
    const res = await importSheet(bytes);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('IMPORT_INVALID');
    const errors = res.json().error.details.errors as Array<{
      row: number;
      field: string;
      code: string;
      column: string;
    }>;
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [4, 'name', 'required'],
      [4, 'type', 'unknown_type'],
      [4, 'source', 'unknown_source'],
      [4, 'plannedEnd', 'end_before_start'],
      [4, 'totalInvestment', 'invalid_amount'],
      [5, 'street', 'unknown_unit'],
      [5, 'leaders', 'unknown_leader'],
      [5, 'annualPlan', 'invalid_amount'],
    ]);
    expect(errors[0]?.column).toBe('项目名称');
    expect(await projectCount()).toBe(0);
  });

  it('names missing columns and refuses what is not a workbook', async () => {
    const res = await importSheet(await sheetOf([{ 项目名称: '甲' }], ['项目名称']));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.errors.map((e: { field: string }) => e.field)).toEqual([
      'type',
      'source',
    ]);
    expect((await importSheet(Buffer.from('不是表格'))).statusCode).toBe(415);
    expect((await importSheet(await sheetOf([]), unitCookie)).statusCode).toBe(403);
  });

  it('imports a good sheet: numbered codes, units and leaders, amounts to the cent; export reads it back', async () => {
    const bytes = await sheetOf([
      {
        项目名称: '智能装备产业园',
        项目类型: '工业',
        项目来源: '招商签约',
        项目阶段: '在建',
        年度: 2024,
        主体推进单位: '城关街道',
        业务指导单位: '区发改局',
        分包区领导: '王分包',
        '总投资（万元）': 52000.5,
        '年度计划投资（万元）': '12000',
        计划开工: '2024/3/1',
        计划竣工: '2025年6月30日',
      },
      { 项目编号: 'ZD-002', 项目名称: '污水处理厂', 项目类型: '城建', 项目来源: '政府投资' },
    ]);
    const res = await importSheet(bytes);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ created: 2, codes: ['2024-XM-001', 'ZD-002'], errors: [] });

    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/projects/export.xlsx?year=2024',
      headers: { cookie: office },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const rows = await readBack(exported.rawPayload);
    expect(rows[1]?.slice(0, 6)).toEqual([
      '序号',
      '项目编号',
      '项目名称',
      '项目类型',
      '项目来源',
      '项目阶段',
    ]);
    const first = rows[2] ?? [];
    const col = (h: string) => first[projectLedgerColumns.findIndex((c) => c.header === h)];
    expect(col('项目编号')).toBe('2024-XM-001');
    expect(col('项目阶段')).toBe('在建');
    expect(col('主体推进单位')).toBe('城关街道');
    expect(col('业务指导单位')).toBe('区发改局');
    expect(col('分包区领导')).toBe('王分包');
    expect(col('总投资（万元）')).toBe('52000.5');
    expect(col('计划开工')).toBe('2024-03-01');
    expect(col('计划竣工')).toBe('2025-06-30');
    expect(rows[3]?.[1]).toBe('ZD-002');

    // The register numbers on from the import: one counter for both.
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/projects',
      headers: { cookie: office },
      payload: { name: '新登记项目', type: '科技', source: 'social', year: 2024 },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().code).toBe('2024-XM-002');

    // The same sheet again: the given code now exists.
    const again = await importSheet(bytes);
    expect(again.json().error.details.errors).toEqual([
      expect.objectContaining({ row: 4, field: 'code', code: 'duplicate' }),
    ]);
  });

  it('exports only what the caller may see, filtered as the list', async () => {
    const unitRows = await readBack(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/projects/export.xlsx',
          headers: { cookie: unitCookie },
        })
      ).rawPayload,
    );
    expect(unitRows.slice(2).map((r) => r[2])).toEqual(['智能装备产业园']);
    const filtered = await readBack(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/projects/export.xlsx?type=${encodeURIComponent('城建')}`,
          headers: { cookie: leaderCookie },
        })
      ).rawPayload,
    );
    expect(filtered.slice(2).map((r) => r[2])).toEqual(['污水处理厂']);
    const byStreet = await t.app.inject({
      method: 'GET',
      url: `/api/v1/projects/export.xlsx?streetUnitId=${streetId}`,
      headers: { cookie: office },
    });
    expect((await readBack(byStreet.rawPayload)).length).toBe(3);
  });

  it('writes the monthly investment table: plan and completed per month, totals in cents', async () => {
    const reporter = await buildUser(t, { roles: ['unit_operator'], unitId: streetId });
    await seedProject(t, {
      code: '2024-INV-1',
      name: '投资项目',
      plan: [
        { month: 1, amount: '0.10' },
        { month: 2, amount: '0.20' },
      ],
      reports: [
        { month: 1, amount: '0.10', status: 'approved' },
        { month: 2, amount: '0.15', status: 'submitted' },
        { month: 3, amount: '9.00', status: 'returned' },
      ],
      reporterId: reporter.id,
    });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/projects/investment.xlsx?year=2024',
      headers: { cookie: leaderCookie },
    });
    expect(res.statusCode).toBe(200);
    const rows = await readBack(res.rawPayload);
    expect(rows[1]?.slice(0, 8)).toEqual([
      '序号',
      '项目编号',
      '项目名称',
      '项目类型',
      '主体推进单位',
      '年度计划投资（万元）',
      '1月计划',
      '1月完成',
    ]);
    const row = rows.find((r) => r[1] === '2024-INV-1') ?? [];
    expect(row.slice(6, 10)).toEqual(['0.1', '0.1', '0.2', '0.15']);
    expect(row.slice(-3)).toEqual(['0.3', '0.25', '83']);
    expect(rows.at(-1)?.[0]).toBe('合计');
    expect(rows.at(-1)?.slice(-3)).toEqual(['0.3', '0.25', '83']);
    const unit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/projects/investment.xlsx',
      headers: { cookie: unitCookie },
    });
    expect(unit.statusCode).toBe(403);
  });
});
