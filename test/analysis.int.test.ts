/** The quarterly analysis: exact figures for a seeded quarter, the same lights as /lights, and the Word file with its charts. */
import { mkdir, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx } from '../src/server/db/tx';
import { decisions, reportIndicatorValues, reports, taskTargets, tasks } from '../src/server/db/schema';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('quarterly analysis on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let leader: string;
  let operator: string;
  const get = (url: string, cookie = supervisor) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-10-08T02:00:00Z');
    const a = await buildUnit(t, { name: '区发展和改革委员会', code: 'A' });
    const b = await buildUnit(t, { name: '区教育局', code: 'B' });
    const c = await buildUnit(t, { name: '区卫生健康委员会', code: 'C' });
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    leader = await loginAs(t, await buildUser(t, { roles: ['leader'] }));
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: a.id }));
    const submitter = await buildUser(t, { roles: ['unit_operator'], unitId: b.id });
    const decisionId = uuidv7();
    const base = {
      tenantId: t.tenantId,
      decisionId,
      publishedAt: new Date('2024-01-05T02:00:00Z'),
      startDate: '2024-01-01',
    };
    const accepted = new Date('2024-01-10T02:00:00Z');
    const id = { done: uuidv7(), red: uuidv7(), yellow: uuidv7(), lateRed: uuidv7(), cancelled: uuidv7() };
    const target = {
      done: uuidv7(),
      red: uuidv7(),
      yellow: uuidv7(),
      lateRed: uuidv7(),
      placeholder: uuidv7(),
    };
    const report = (
      taskId: string,
      unitId: string,
      period: string,
      status: 'approved' | 'returned',
      reviewedAt: string,
    ) => ({
      id: uuidv7(),
      tenantId: t.tenantId,
      taskId,
      unitId,
      period,
      progress: 0,
      narrative: '推进中',
      status,
      submittedBy: submitter.id,
      submittedAt: new Date(Date.parse(reviewedAt) - 3 * 86_400_000),
      reviewedAt: new Date(reviewedAt),
    });
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values({
        id: decisionId,
        tenantId: t.tenantId,
        title: '全会',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
      });
      await tx.insert(tasks).values([
        // Completed in August, before its due date: green all quarter, on time.
        {
          ...base,
          id: id.done,
          code: '2024-QW-001',
          title: '完成营商环境评估',
          category: '经济发展',
          source: 'district_direct',
          leadUnitId: a.id,
          dueDate: '2024-09-30',
          status: 'completed',
          progress: 100,
          acceptedAt: accepted,
          completedAt: new Date('2024-08-15T02:00:00Z'),
        },
        // No progress at all: red every month (far behind schedule).
        {
          ...base,
          id: id.red,
          code: '2024-QW-002',
          title: '新引进亿元以上项目30个',
          category: '经济发展',
          source: 'city_assigned',
          leadUnitId: a.id,
          dueDate: '2024-12-31',
          status: 'in_progress',
          progress: 0,
          acceptedAt: accepted,
        },
        // On schedule until its August report is missing (returned): yellow at the end of September only.
        {
          ...base,
          id: id.yellow,
          code: '2024-QW-003',
          title: '新建幼儿园3所',
          category: '民生保障',
          source: 'district_direct',
          leadUnitId: b.id,
          dueDate: '2024-12-31',
          status: 'in_progress',
          progress: 60,
          acceptedAt: accepted,
        },
        // Ahead of time but due on 20 September and not finished: red from then on. No category.
        {
          ...base,
          id: id.lateRed,
          code: '2024-QW-004',
          title: '社区卫生服务中心改造',
          category: null,
          source: 'city_assigned',
          leadUnitId: c.id,
          dueDate: '2024-09-20',
          status: 'published',
          progress: 95,
        },
        // Cancelled tasks are not counted anywhere.
        {
          ...base,
          id: id.cancelled,
          code: '2024-QW-005',
          title: '已撤销的任务',
          category: '民生保障',
          source: 'district_direct',
          leadUnitId: b.id,
          dueDate: '2024-12-31',
          status: 'cancelled',
          progress: 0,
        },
      ]);
      await tx.insert(taskTargets).values([
        {
          id: target.done,
          tenantId: t.tenantId,
          taskId: id.done,
          indicator: '评估周期',
          unit: '天',
          comparator: '<=',
          targetValue: 60,
        },
        {
          id: target.red,
          tenantId: t.tenantId,
          taskId: id.red,
          indicator: '新引进亿元以上项目',
          unit: '个',
          comparator: '>=',
          targetValue: 30,
        },
        {
          id: target.yellow,
          tenantId: t.tenantId,
          taskId: id.yellow,
          indicator: '新建幼儿园',
          unit: '所',
          comparator: '>=',
          targetValue: 3,
        },
        {
          id: target.lateRed,
          tenantId: t.tenantId,
          taskId: id.lateRed,
          indicator: '改造面积',
          unit: '平方米',
          comparator: '>=',
          targetValue: 5000,
        },
        {
          id: target.placeholder,
          tenantId: t.tenantId,
          taskId: id.lateRed,
          position: 1,
          indicator: '服务人次',
          unit: '万人次',
          comparator: '>=',
          targetValue: null,
          placeholder: true,
        },
      ]);
      const r = {
        doneJul: report(id.done, a.id, '2024-07', 'approved', '2024-08-10T02:00:00Z'),
        redJul: report(id.red, a.id, '2024-07', 'approved', '2024-08-05T02:00:00Z'),
        redAug: report(id.red, a.id, '2024-08', 'approved', '2024-09-05T02:00:00Z'),
        // Approved after the quarter ended: not part of Q3's figures.
        redSep: report(id.red, a.id, '2024-09', 'approved', '2024-10-06T02:00:00Z'),
        yellowJun: report(id.yellow, b.id, '2024-06', 'approved', '2024-07-05T02:00:00Z'),
        yellowJul: report(id.yellow, b.id, '2024-07', 'approved', '2024-08-03T02:00:00Z'),
        // Returned: neither a report for the lights nor an approved value.
        yellowAug: report(id.yellow, b.id, '2024-08', 'returned', '2024-09-04T02:00:00Z'),
      };
      await tx.insert(reports).values(Object.values(r));
      await tx.insert(reportIndicatorValues).values([
        { reportId: r.doneJul.id, tenantId: t.tenantId, targetId: target.done, value: 50 },
        { reportId: r.redJul.id, tenantId: t.tenantId, targetId: target.red, value: 12 },
        { reportId: r.redAug.id, tenantId: t.tenantId, targetId: target.red, value: 18 },
        { reportId: r.redSep.id, tenantId: t.tenantId, targetId: target.red, value: 25 },
        { reportId: r.yellowJul.id, tenantId: t.tenantId, targetId: target.yellow, value: 2 },
        { reportId: r.yellowAug.id, tenantId: t.tenantId, targetId: target.yellow, value: 3 },
      ]);
    });
  });
  afterAll(async () => t.close());

  it('gives exact figures for a past quarter, as of its last day', async () => {
    const res = await get('/api/v1/analysis/quarterly?year=2024&quarter=3');
    expect(res.statusCode, res.body).toBe(200);
    const q = res.json();
    expect(q).toMatchObject({
      year: 2024,
      quarter: 3,
      from: '2024-07-01',
      to: '2024-09-30',
      asOf: '2024-09-30',
    });
    expect(q.byCategory).toEqual([
      { category: '经济发展', total: 2, completed: 1, onTime: 1, completionRate: 50 },
      { category: '民生保障', total: 1, completed: 0, onTime: 0, completionRate: 0 },
      { category: '未分类', total: 1, completed: 0, onTime: 0, completionRate: 0 },
    ]);
    expect(q.bySource).toEqual([
      { source: 'city_assigned', total: 2, completed: 0, onTime: 0, completionRate: 0 },
      { source: 'district_direct', total: 2, completed: 1, onTime: 1, completionRate: 50 },
    ]);
    // Ranked by completion rate, then fewer red: 教育局 (no red) before 卫健委 (one red) at 0 %.
    expect(
      q.byUnit.map((u: Record<string, unknown>) => [
        u.unitName,
        u.total,
        u.completed,
        u.red,
        u.yellow,
        u.completionRate,
      ]),
    ).toEqual([
      ['区发展和改革委员会', 2, 1, 1, 0, 50],
      ['区教育局', 1, 0, 0, 1, 0],
      ['区卫生健康委员会', 1, 0, 1, 0, 0],
    ]);
    // 2024-QW-004, published in January and never accepted, is yellow (not_accepted) until it turns red.
    expect(q.trend).toEqual([
      { month: '2024-07', red: 1, yellow: 1, green: 2 },
      { month: '2024-08', red: 1, yellow: 1, green: 2 },
      { month: '2024-09', red: 2, yellow: 1, green: 1 },
    ]);
    // Latest value approved by 30 September: 18 (August's), not 25 (approved in October); the returned 3 never counts.
    expect(
      q.indicators.map((i: Record<string, unknown>) => [i.code, i.indicator, i.target, i.reported, i.ratio]),
    ).toEqual([
      ['2024-QW-001', '评估周期', 60, 50, 120],
      ['2024-QW-002', '新引进亿元以上项目', 30, 18, 60],
      ['2024-QW-003', '新建幼儿园', 3, 2, 66.7],
      ['2024-QW-004', '改造面积', 5000, null, null],
    ]);
    expect(q.summary).toEqual([
      '本季度共有任务4项，完成1项，完成率25.0%，其中按期完成1项。',
      '截至2024年9月30日，红灯2项、黄灯1项；红灯较上月增加1项。',
      '分类别看，“经济发展”类完成率最高（50.0%），“民生保障”类最低（0.0%）。',
      '牵头单位中，区发展和改革委员会完成率最高（50.0%）；区发展和改革委员会红灯最多（1项）。',
      '量化指标4项，已报送数值3项，达到目标1项；完成度最低的是“新引进亿元以上项目”（60.0%）。',
    ]);
  });

  it('agrees with the lights endpoint at every month end and with the ledger', async () => {
    const q = (await get('/api/v1/analysis/quarterly?year=2024&quarter=3')).json();
    for (const point of q.trend as Array<{ month: string; red: number; yellow: number }>) {
      const asOf = { '2024-07': '2024-07-31', '2024-08': '2024-08-31', '2024-09': '2024-09-30' }[point.month];
      const lights = (await get(`/api/v1/lights?asOf=${asOf}`)).json();
      expect(lights.items.filter((i: { light: string }) => i.light === 'red').length, point.month).toBe(
        point.red,
      );
      expect(lights.items.filter((i: { light: string }) => i.light === 'yellow').length, point.month).toBe(
        point.yellow,
      );
    }
    const lights = (await get('/api/v1/lights?asOf=2024-09-30')).json();
    const unitOf = new Map(q.byUnit.map((u: { unitId: string; unitName: string }) => [u.unitId, u.unitName]));
    for (const u of q.byUnit as Array<{ unitId: string; red: number; yellow: number }>) {
      const mine = lights.items.filter((i: { leadUnitId: string }) => i.leadUnitId === u.unitId);
      expect(
        mine.filter((i: { light: string }) => i.light === 'red').length,
        String(unitOf.get(u.unitId)),
      ).toBe(u.red);
      expect(
        mine.filter((i: { light: string }) => i.light === 'yellow').length,
        String(unitOf.get(u.unitId)),
      ).toBe(u.yellow);
    }
    // The ledger shows the same tasks (cancelled ones apart).
    const ledger = (await get('/api/v1/tasks?pageSize=100')).json();
    const counted = ledger.items.filter((x: { status: string }) => x.status !== 'cancelled');
    expect(counted.length).toBe(q.byUnit.reduce((s: number, u: { total: number }) => s + u.total, 0));
    expect(counted.filter((x: { status: string }) => x.status === 'completed').length).toBe(1);
  });

  it('takes the quarter under way as of today, with the months begun so far', async () => {
    const q = (await get('/api/v1/analysis/quarterly?year=2024&quarter=4')).json();
    expect(q).toMatchObject({ from: '2024-10-01', to: '2024-12-31', asOf: '2024-10-08' });
    expect(q.trend.map((p: { month: string }) => p.month)).toEqual(['2024-10']);
    // 25 approved on 6 October now counts.
    expect(
      q.indicators.find((i: { indicator: string }) => i.indicator === '新引进亿元以上项目').reported,
    ).toBe(25);
    // Compared with the end of September (2 red).
    const lights = (await get('/api/v1/lights?asOf=2024-10-08')).json();
    const red = lights.items.filter((i: { light: string }) => i.light === 'red').length;
    expect(q.trend[0].red).toBe(red);
    expect(q.summary[1]).toContain(
      red > 2 ? `红灯较上月增加${red - 2}项` : red < 2 ? `红灯较上月减少${2 - red}项` : '红灯与上月持平',
    );
  });

  it('is for supervisors and leaders; bad or future quarters are refused naming the field', async () => {
    expect((await get('/api/v1/analysis/quarterly?year=2024&quarter=3', leader)).statusCode).toBe(200);
    expect((await get('/api/v1/analysis/quarterly?year=2024&quarter=3', operator)).statusCode).toBe(403);
    expect((await get('/api/v1/analysis/quarterly/document?year=2024&quarter=3', operator)).statusCode).toBe(
      403,
    );
    const fieldsOf = async (url: string) => {
      const res = await get(url);
      expect(res.statusCode, url).toBe(422);
      return res.json().error.details.fields.map((f: { path: string }) => f.path);
    };
    expect(await fieldsOf('/api/v1/analysis/quarterly?year=2024&quarter=5')).toEqual(['quarter']);
    expect(await fieldsOf('/api/v1/analysis/quarterly?year=2024&quarter=0')).toEqual(['quarter']);
    expect(await fieldsOf('/api/v1/analysis/quarterly?year=abc&quarter=1')).toEqual(['year']);
    expect(await fieldsOf('/api/v1/analysis/quarterly?quarter=1')).toEqual(['year']);
    expect(await fieldsOf('/api/v1/analysis/quarterly?year=2025&quarter=1')).toEqual(['quarter']);
    expect(await fieldsOf('/api/v1/analysis/quarterly/document?year=2024&quarter=9')).toEqual(['quarter']);
  });

  it('exports the Word document with the title, the summary and four PNG charts', async () => {
    const res = await get('/api/v1/analysis/quarterly/document?year=2024&quarter=3', leader);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(String(res.headers['content-disposition'])).toContain(
      encodeURIComponent('2024年第3季度重点任务推进情况分析'),
    );
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value.replace(/\s+/g, '');
    const district = (await get('/api/v1/analysis/quarterly?year=2024&quarter=3')).json()
      .districtName as string;
    expect(text).toContain(`${district}2024年第3季度重点任务推进情况分析`);
    for (const expected of [
      '本季度共有任务4项，完成1项，完成率25.0%',
      '红灯较上月增加1项',
      '区发展和改革委员会',
      '新引进亿元以上项目',
      '市委市政府下达',
      '区委区政府督查室',
      '2024年10月8日',
    ]) {
      expect(text).toContain(expected);
    }
    // Kept for a look: `soffice --headless --convert-to pdf` then pdftoppm (see docs/API.md).
    await mkdir('test-results', { recursive: true });
    await writeFile(`test-results/quarterly-analysis-${kind}.docx`, res.rawPayload);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(4);
    for (const file of media) {
      const png = await zip.file(file)!.async('nodebuffer');
      expect(
        png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
        file,
      ).toBe(true);
      // IHDR: width and height at bytes 16..24; charts are drawn at 2× their 600-pixel width.
      expect(png.readUInt32BE(16), file).toBe(1200);
      expect(png.readUInt32BE(20), file).toBeGreaterThanOrEqual(520);
      expect(png.length, file).toBeGreaterThan(10_000);
    }
  });
});
