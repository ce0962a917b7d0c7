/**
 * The monthly ledger (月度台账, issue 18): the export carries progress, the light with its reasons, the latest
 * approved report and the targets' latest values, in the screen's columns, filters and sort; a re-imported monthly
 * export changes no progress; the ledger sorts on the server and refuses an unknown sort field or column.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { multipart } from './helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

async function readSheet(bytes: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) row.push(ws.getCell(r, c).value);
    rows.push(row);
  }
  return rows;
}

describe.each(dbKinds())('the monthly ledger on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let operator: string;
  let head: string;
  let unitA: string;
  let decisionId: string;
  const ids: Record<string, string> = {};
  const codes: Record<string, string> = {};
  const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-07-20T02:00:00Z');
    unitA = (await buildUnit(t, { name: '区发改委', code: 'FGW' })).id;
    const unitB = (await buildUnit(t, { name: '区教育局', code: 'JYJ' })).id;
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unitA }));
    head = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: unitA }));
    decisionId = (
      await call('POST', '/api/v1/decisions', supervisor, {
        title: '区委全会',
        kind: 'plenary',
        date: '2024-01-01',
        source: 'district_direct',
      })
    ).json().id;
    const create = async (key: string, title: string, leadUnitId: string, targets: object[] = []) => {
      const res = await call('POST', '/api/v1/tasks', supervisor, {
        decisionId,
        title,
        leadUnitId,
        startDate: '2024-01-01',
        dueDate: '2024-12-31',
        targets,
      });
      expect(res.statusCode).toBe(201);
      ids[key] = res.json().id;
    };
    await create('T1', '建设智慧园区', unitA, [{ indicator: '园区企业', unit: '家', targetValue: 50 }]);
    await create('T2', '新建幼儿园', unitA);
    await create('T3', '教育信息化', unitB);
    const published = await call('POST', `/api/v1/decisions/${decisionId}/publish`, supervisor);
    expect(published.statusCode).toBe(200);
    for (const task of published.json().tasks)
      codes[Object.keys(ids).find((k) => ids[k] === task.id) as string] = task.code;
    for (const key of ['T1', 'T2'])
      expect((await call('POST', `/api/v1/tasks/${ids[key]}/accept`, operator)).statusCode).toBe(200);
    const task1 = (await call('GET', `/api/v1/tasks/${ids.T1}`, operator)).json();
    const report = await call('POST', `/api/v1/tasks/${ids.T1}/reports`, operator, {
      period: '2024-06',
      progress: 60,
      narrative: '完成招商30家',
      problems: '土地指标紧张',
      nextSteps: '加快供地',
      indicatorValues: [{ targetId: task1.targets[0].id, value: 35 }],
    });
    expect(report.statusCode).toBe(201);
    expect((await call('POST', `/api/v1/reports/${report.json().id}/sign`, head)).statusCode).toBe(200);
    expect(
      (await call('POST', `/api/v1/reports/${report.json().id}/review`, supervisor, { decision: 'approve' }))
        .statusCode,
    ).toBe(200);
  });
  afterAll(async () => t.close());

  it('exports the screen’s filter, sort and columns with progress, light, report and latest values', async () => {
    const columns = 'code,title,progress,light,reportPeriod,workDone,problems,nextSteps,targetValues';
    const res = await call(
      'GET',
      `/api/v1/tasks/export?leadUnitId=${unitA}&sort=-progress&columns=${columns}`,
      supervisor,
    );
    expect(res.statusCode).toBe(200);
    const rows = await readSheet(res.rawPayload);
    expect(rows[0]?.[0]).toBe('任务台账（2024-07-20）');
    expect(rows[1]).toEqual([
      '任务编号',
      '任务内容',
      '进度',
      '红黄绿灯',
      '填报期次',
      '工作进展',
      '存在问题',
      '下步打算',
      '指标最新值',
    ]);
    expect(rows).toHaveLength(4); // title, header, T1, T2 — 区教育局's T3 is filtered out
    expect(rows[2]).toEqual([
      codes.T1,
      '建设智慧园区',
      60,
      '绿灯',
      '2024年6月',
      '完成招商30家',
      '土地指标紧张',
      '加快供地',
      '园区企业：35家（目标 ≥50家）',
    ]);
    // T2: nothing reported at 55 % of its time → red, behind schedule, with its reasons in words.
    expect(rows[3]?.slice(0, 3)).toEqual([codes.T2, '新建幼儿园', 0]);
    expect(String(rows[3]?.[3])).toMatch(/^红灯（.*进度滞后.*）$/);
    expect(rows[3]?.slice(4)).toEqual(['', '', '', '', '']);

    const green = await readSheet(
      (await call('GET', `/api/v1/tasks/export?light=green&columns=code`, supervisor)).rawPayload,
    );
    expect(green.slice(2)).toEqual([[codes.T1]]);
  });

  it('prints from the same definition', async () => {
    const res = await call(
      'GET',
      `/api/v1/tasks/ledger-sheet?leadUnitId=${unitA}&columns=title,light,progress`,
      supervisor,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().columns.map((c: { header: string }) => c.header)).toEqual([
      '任务内容',
      '红黄绿灯',
      '进度',
    ]);
    expect(res.json().rows[0]).toEqual({ title: '建设智慧园区', light: '绿灯', progress: 60 });
  });

  it('a re-imported monthly export does not fail nor change progress', async () => {
    const exported = await call('GET', `/api/v1/tasks/export?decisionId=${decisionId}`, supervisor);
    const header = (await readSheet(exported.rawPayload))[1];
    expect(header).toEqual([
      '序号',
      '任务编号',
      '任务内容',
      '量化目标',
      '指标最新值',
      '牵头区领导',
      '牵头单位',
      '配合单位',
      '责任人',
      '开始时间',
      '完成时限',
      '任务来源',
      '分类',
      '状态',
      '进度',
      '红黄绿灯',
      '填报期次',
      '工作进展',
      '存在问题',
      '下步打算',
      '验收情况',
    ]);
    const copy = (
      await call('POST', '/api/v1/decisions', supervisor, {
        title: '台账副本',
        kind: 'plenary',
        date: '2024-07-20',
        source: 'district_direct',
      })
    ).json();
    const body = multipart({
      name: 'ledger.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: exported.rawPayload,
    });
    const imported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${copy.id}/import`,
      headers: { cookie: supervisor, ...body.headers },
      payload: body.payload,
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json().created).toBe(3);
    expect(imported.json().tasks.map((x: { progress: number }) => x.progress)).toEqual([0, 0, 0]);
    expect(imported.json().tasks[0].targets[0]).toMatchObject({
      indicator: '园区企业',
      targetValue: 50,
      currentValue: null,
    });
    expect((await call('GET', `/api/v1/tasks/${ids.T1}`, supervisor)).json().progress).toBe(60);
  });

  it('sorts the ledger on the server and refuses an unknown sort field or column with 422', async () => {
    const list = async (sort: string) =>
      (await call('GET', `/api/v1/tasks?decisionId=${decisionId}&sort=${sort}`, supervisor))
        .json()
        .items.map((x: { title: string }) => x.title);
    expect((await list('-progress'))[0]).toBe('建设智慧园区');
    expect((await list('progress'))[2]).toBe('建设智慧园区');
    expect(await list('-leadUnit')).toEqual(['教育信息化', '建设智慧园区', '新建幼儿园']);
    const badSort = await call('GET', '/api/v1/tasks?sort=secret', supervisor);
    expect(badSort.statusCode).toBe(422);
    expect(JSON.stringify(badSort.json().error.details)).toContain('sort');
    const badColumn = await call('GET', '/api/v1/tasks/export?columns=code,password', supervisor);
    expect(badColumn.statusCode).toBe(422);
    expect(JSON.stringify(badColumn.json().error.details)).toContain('columns');
  });
});
