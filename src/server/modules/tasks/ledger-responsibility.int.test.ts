import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { targetShares, tasks, taskShares, taskTargets } from '../../db/schema';
import { withSystemTx } from '../../db/tx';
import type { TTaskResponsibility } from './tasks.schemas';

// The manual clock stands at 2024-03-01 (Asia/Shanghai): the latest closed month is 2024-02 (ends 2024-02-29).
describe.each(dbKinds())('the ledger shows co-units’ shares and target shares (issue 15) on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const unit = { lead: '', given: '', late: '', returned: '', missing: '' };
  let taskId = '';
  let code = '';

  beforeAll(async () => {
    t = await createTestApp(kind);
    const names = {
      lead: '区人社局',
      given: '城关街道',
      late: '东城街道',
      returned: '西城街道',
      missing: '区财政局',
    };
    for (const k of Object.keys(unit) as Array<keyof typeof unit>)
      unit[k] = (await buildUnit(t, { name: names[k] })).id;
    const users = {
      lead: await buildUser(t, { roles: ['unit_operator'], unitId: unit.lead }),
      late: await buildUser(t, { roles: ['unit_operator'], unitId: unit.late }),
      sup: await buildUser(t, { roles: ['supervisor'] }),
    };
    for (const [who, user] of Object.entries(users)) cookies[who] = await loginAs(t, user);
    taskId = (await buildDecisionWithTask(t, { leadUnitId: unit.lead, status: 'in_progress' })).taskId;
    const jobs = uuidv7();
    const pilots = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      const [row] = await tx
        .update(tasks)
        .set({
          title: '稳就业促增收',
          coUnitIds: [unit.given, unit.late, unit.returned, unit.missing],
          acceptedAt: new Date('2024-01-10T02:00:00Z'),
        })
        .where(eq(tasks.id, taskId))
        .returning();
      code = row?.code ?? '';
      await tx.insert(taskTargets).values([
        {
          id: jobs,
          tenantId: t.tenantId,
          taskId,
          position: 0,
          indicator: '新增城镇就业',
          unit: '人',
          targetValue: 3000,
        },
        {
          id: pilots,
          tenantId: t.tenantId,
          taskId,
          position: 1,
          indicator: '就业驿站试点',
          unit: '个',
          comparator: 'range',
          targetValue: 1,
          targetValueMax: 2,
        },
      ]);
      await tx.insert(targetShares).values([
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          targetId: jobs,
          unitId: unit.given,
          position: 0,
          targetValue: 1800,
          currentValue: 900,
        },
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          targetId: jobs,
          unitId: unit.late,
          position: 1,
          targetValue: 1200,
        },
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          targetId: pilots,
          unitId: unit.late,
          targetValue: 1,
          targetValueMax: 2,
          status: 'proposed',
        },
      ]);
      const share = (
        unitId: string,
        createdAt: string,
        status: 'submitted' | 'returned',
        returnReason?: string,
      ) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId,
        unitId,
        period: '2024-02',
        narrative: '本月情况',
        status,
        returnReason: returnReason ?? null,
        submittedBy: users.lead.id,
        submittedAt: new Date(createdAt),
        createdAt: new Date(createdAt),
      });
      await tx.insert(taskShares).values([
        share(unit.given, '2024-02-27T02:00:00Z', 'submitted'),
        // 2024-03-01 08:00 in Shanghai: after the month closed.
        share(unit.late, '2024-03-01T00:00:00Z', 'submitted'),
        share(unit.returned, '2024-02-20T02:00:00Z', 'returned', '缺少佐证照片'),
      ]);
    });
  });
  afterAll(async () => t?.close());

  const get = (who: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });

  it('the drawer reads the latest closed month’s shares and the per-unit targets, as far as the caller sees them', async () => {
    const office = (await get('sup', `/api/v1/tasks/${taskId}/responsibility`)).json() as TTaskResponsibility;
    expect(office.period).toBe('2024-02');
    expect(office.coShares.map((l) => [l.unitName, l.state, l.givenOn, l.returnReason])).toEqual([
      ['城关街道', 'given', '2024-02-27', null],
      ['东城街道', 'late', '2024-03-01', null],
      ['西城街道', 'returned', '2024-02-20', '缺少佐证照片'],
      ['区财政局', 'missing', null, null],
    ]);
    expect(
      office.targetShares.map((s) => [
        s.indicator,
        s.unitName,
        s.targetValue,
        s.currentValue,
        s.progress,
        s.status,
      ]),
    ).toEqual([
      ['新增城镇就业', '城关街道', 1800, 900, 50, 'approved'],
      ['新增城镇就业', '东城街道', 1200, null, null, 'approved'],
      ['就业驿站试点', '东城街道', 1, null, null, 'proposed'],
    ]);
    const lead = (await get('lead', `/api/v1/tasks/${taskId}/responsibility`)).json() as TTaskResponsibility;
    expect(lead.coShares).toHaveLength(4);
    // A co-unit sees its own share and its own target shares, not the other streets'.
    const co = (await get('late', `/api/v1/tasks/${taskId}/responsibility`)).json() as TTaskResponsibility;
    expect(co.coShares.map((l) => [l.unitName, l.state])).toEqual([['东城街道', 'late']]);
    expect(co.targetShares.map((s) => [s.indicator, s.unitName])).toEqual([
      ['新增城镇就业', '东城街道'],
      ['就业驿站试点', '东城街道'],
    ]);
    expect((await get('sup', `/api/v1/tasks/${uuidv7()}/responsibility`)).statusCode).toBe(404);
  });

  it('the Excel export has a 配合单位分报 and a 指标分解 sheet with frozen headers and exact cells', async () => {
    const res = await get('sup', '/api/v1/tasks/export?columns=code,title');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no ${name} sheet`);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      const out: unknown[][] = [];
      for (let r = 2; r <= ws.rowCount; r++)
        out.push(Array.from({ length: ws.columnCount }, (_, c) => ws.getCell(r, c + 1).value));
      return { title: ws.getCell(1, 1).value, rows: out };
    };
    const co = rows('配合单位分报');
    expect(co.title).toBe('配合单位分报（2024年2月）');
    expect(co.rows).toEqual([
      [
        '序号',
        '任务编号',
        '任务内容',
        '牵头单位',
        '配合单位',
        '期次',
        '报送情况',
        '首次报送日期',
        '退回理由',
      ],
      [1, code, '稳就业促增收', '区人社局', '城关街道', '2024年2月', '已报送', '2024-02-27', ''],
      [2, code, '稳就业促增收', '区人社局', '东城街道', '2024年2月', '逾期报送', '2024-03-01', ''],
      [3, code, '稳就业促增收', '区人社局', '西城街道', '2024年2月', '已退回', '2024-02-20', '缺少佐证照片'],
      [4, code, '稳就业促增收', '区人社局', '区财政局', '2024年2月', '未报送', '', ''],
    ]);
    const split = rows('指标分解');
    expect(split.rows).toEqual([
      ['序号', '任务编号', '任务内容', '指标', '责任单位', '分解目标', '最新值', '完成比例（%）', '状态'],
      [1, code, '稳就业促增收', '新增城镇就业', '城关街道', '≥1800人', 900, 50, '已审定'],
      [2, code, '稳就业促增收', '新增城镇就业', '东城街道', '≥1200人', '', '', '已审定'],
      [3, code, '稳就业促增收', '就业驿站试点', '东城街道', '1—2个', '', '', '待审定'],
    ]);
    // A co-unit's export holds only its own lines.
    const mine = await get('late', '/api/v1/tasks/export?columns=code,title');
    const own = new ExcelJS.Workbook();
    await own.xlsx.load(mine.rawPayload as unknown as ArrayBuffer);
    expect(own.getWorksheet('配合单位分报')?.getCell(3, 5).value).toBe('东城街道');
    expect(own.getWorksheet('配合单位分报')?.rowCount).toBe(3);
    expect(own.getWorksheet('指标分解')?.rowCount).toBe(4);
  });
});
