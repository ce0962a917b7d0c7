import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { multipart } from '../../../../test/helpers/multipart';

const columns = [
  '序号',
  '任务编号',
  '任务内容',
  '量化目标',
  '牵头区领导',
  '牵头单位',
  '配合单位',
  '责任人',
  '开始时间',
  '完成时限',
  '任务来源',
  '分类',
  '状态',
];

async function sheet(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(columns);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(dbKinds())('ledger import and export on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    await buildUnit(t, { name: '区财政局', code: 'CZJ' });
    await buildUnit(t, { name: '区教育局', code: 'JYJ' });
    await buildUnit(t, { name: '区卫生健康委员会', code: 'WJW' });
    await buildUser(t, { roles: ['leader'], displayName: '李副区长' });
  });
  afterAll(async () => t.close());

  const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: supervisor }, ...(payload ? { payload } : {}) });
  const newDecision = async (title: string) =>
    (
      await api('POST', '/api/v1/decisions', {
        title,
        kind: 'executive_meeting',
        date: '2024-03-01',
        source: 'district_direct',
      })
    ).json();
  const importInto = (decisionId: string, bytes: Buffer) => {
    const body = multipart({
      name: 'ledger.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${decisionId}/import`,
      headers: { cookie: supervisor, ...body.headers },
      payload: body.payload,
    });
  };
  const draftsOf = async (decisionId: string) =>
    (await api('GET', `/api/v1/tasks?decisionId=${decisionId}&pageSize=100`)).json();

  it('a bad sheet imports nothing and names every bad cell', async () => {
    const decision = await newDecision('坏表格');
    const bytes = await sheet([
      [
        1,
        '',
        '建设区人民医院新院区\n完成主体工程',
        '床位：≥500张',
        '李副区长',
        '区卫生健康委员会',
        '区财政局',
        '',
        '2024-03-01',
        '2024-12-31',
        '区委区政府直接下达',
        '民生',
        '',
      ],
      [2, '', '', '', '', '区不存在局', '', '', '2024-13-01', '', '', '', ''],
      [
        3,
        '',
        '新建学校',
        '随便写的目标',
        '王区长',
        '区教育局',
        '区教育局',
        '',
        '2024-06-01',
        '2024-05-01',
        '外星下达',
        '',
        '',
      ],
    ]);
    const res = await importInto(decision.id, bytes);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('IMPORT_INVALID');
    const errors = res
      .json()
      .error.details.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)
      .sort();
    expect(errors).toEqual(
      [
        '3:任务内容',
        '3:牵头单位',
        '3:开始时间',
        '4:任务来源',
        '4:完成时限',
        '4:牵头区领导',
        '4:配合单位',
        '4:量化目标',
      ].sort(),
    );
    expect((await draftsOf(decision.id)).total).toBe(0);
  });

  it('export then import is a round trip', async () => {
    const source = await newDecision('原始清单');
    const bytes = await sheet([
      [
        1,
        '',
        '建设区人民医院新院区\n建设区人民医院新院区，年底前完成主体工程。',
        '床位：≥500张（2024-12-31）\n投资：30—35亿元',
        '李副区长',
        '区卫生健康委员会',
        '区财政局、区教育局',
        '赵主任',
        '2024-03-01',
        '2024-12-31',
        '区委区政府追加',
        '民生',
        '',
      ],
      [2, '', '新建幼儿园', '幼儿园：=3所', '', '区教育局', '', '', '2024/3/1', '2024年11月30日', '', '', ''],
    ]);
    const first = await importInto(source.id, bytes);
    expect(first.statusCode).toBe(201);
    expect(first.json().created).toBe(2);

    const exported = await api('GET', `/api/v1/tasks/export?decisionId=${source.id}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    const copy = await newDecision('导入的副本');
    const second = await importInto(copy.id, exported.rawPayload);
    expect(second.statusCode, second.body).toBe(201);

    const strip = (items: Array<Record<string, unknown>>) =>
      items.map((x) => ({
        title: x.title,
        content: x.content,
        leadUnitName: x.leadUnitName,
        coUnitIds: x.coUnitIds,
        leadLeaderName: x.leadLeaderName,
        responsiblePerson: x.responsiblePerson,
        startDate: x.startDate,
        dueDate: x.dueDate,
        source: x.source,
        category: x.category,
        targets: (x.targets as Array<Record<string, unknown>>).map(({ id: _id, ...rest }) => rest),
      }));
    const original = strip((await draftsOf(source.id)).items);
    expect(original[0]).toMatchObject({
      title: '建设区人民医院新院区',
      source: 'added',
      startDate: '2024-03-01',
      targets: [
        { indicator: '床位', targetValue: 500, unit: '张', deadline: '2024-12-31' },
        { comparator: 'range', targetValue: 30, targetValueMax: 35, unit: '亿元' },
      ],
    });
    expect(original[1]).toMatchObject({
      startDate: '2024-03-01',
      dueDate: '2024-11-30',
      source: 'district_direct',
    });
    expect(strip((await draftsOf(copy.id)).items)).toEqual(original);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const decision = await newDecision('错误文件');
    const res = await importInto(decision.id, Buffer.from('不是表格'));
    expect(res.statusCode).toBe(415);
  });
});
