/** The monthly bulletin: exact units, counts and tasks for a seeded month, the same as the lights endpoint, kept as versions. */
import mammoth from 'mammoth';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx } from '../src/server/db/tx';
import { decisions, rectifications, reports, tasks } from '../src/server/db/schema';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('monthly bulletin on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let operatorOfA: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-08-01T02:00:00Z');
    const a = await buildUnit(t, { name: '区发展和改革委员会', code: 'A' });
    const b = await buildUnit(t, { name: '区教育局', code: 'B' });
    const c = await buildUnit(t, { name: '区卫生健康委员会', code: 'C' });
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    operatorOfA = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: a.id }));
    const submitter = await buildUser(t, { roles: ['unit_operator'], unitId: b.id });
    const decisionId = uuidv7();
    const base = {
      tenantId: t.tenantId,
      decisionId,
      source: 'district_direct' as const,
      publishedAt: new Date('2024-01-05T02:00:00Z'),
    };
    const ids = { done: uuidv7(), red: uuidv7(), missing: uuidv7(), soon: uuidv7() };
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
        {
          ...base,
          id: ids.done,
          code: '2024-QW-001',
          title: '完成营商环境评估',
          leadUnitId: a.id,
          startDate: '2024-01-05',
          dueDate: '2024-06-30',
          status: 'completed',
          progress: 100,
          acceptedAt: new Date('2024-01-10T02:00:00Z'),
          completedAt: new Date('2024-06-15T02:00:00Z'),
        },
        {
          ...base,
          id: ids.red,
          code: '2024-QW-002',
          title: '新引进亿元以上项目30个',
          leadUnitId: a.id,
          startDate: '2024-01-01',
          dueDate: '2024-12-31',
          status: 'in_progress',
          progress: 0,
          acceptedAt: new Date('2024-01-10T02:00:00Z'),
        },
        {
          ...base,
          id: ids.missing,
          code: '2024-QW-003',
          title: '新建幼儿园3所',
          leadUnitId: b.id,
          startDate: '2024-01-01',
          dueDate: '2024-12-31',
          status: 'in_progress',
          progress: 55,
          acceptedAt: new Date('2024-01-10T02:00:00Z'),
        },
        {
          ...base,
          id: ids.soon,
          code: '2024-QW-004',
          title: '社区卫生服务中心改造',
          leadUnitId: c.id,
          startDate: '2024-01-01',
          dueDate: '2024-08-02',
          status: 'published',
          progress: 95,
        },
      ]);
      await tx.insert(reports).values({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: ids.red,
        unitId: a.id,
        period: '2024-07',
        progress: 0,
        narrative: '正在洽谈',
        status: 'submitted',
        submittedBy: submitter.id,
        submittedAt: new Date('2024-07-25T02:00:00Z'),
      });
      await tx.insert(reports).values({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: ids.red,
        unitId: a.id,
        period: '2024-06',
        progress: 0,
        narrative: '正在洽谈',
        status: 'approved',
        submittedBy: submitter.id,
        submittedAt: new Date('2024-06-25T02:00:00Z'),
      });
      await tx.insert(rectifications).values({
        id: uuidv7(),
        tenantId: t.tenantId,
        finding: '卫生院台账不规范',
        unitId: c.id,
        deadline: '2024-07-20',
      });
    });
  });
  afterAll(async () => t.close());

  it('contains exactly the expected units, counts and tasks, matching the lights endpoint', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bulletins',
      headers: { cookie: supervisor },
      payload: { period: '2024-07' },
    });
    expect(res.statusCode).toBe(201);
    const { data, id, version } = res.json();
    expect(version).toBe(1);
    expect(data.overall).toEqual({
      published: 4,
      completed: 1,
      completedOnTime: 1,
      inProgress: 3,
      yellow: 2,
      red: 1,
      completionRate: 25,
    });
    expect(
      data.units.map(
        (u: {
          unitName: string;
          total: number;
          completed: number;
          red: number;
          yellow: number;
          rank: number;
        }) => [u.rank, u.unitName, u.total, u.completed, u.red, u.yellow],
      ),
    ).toEqual([
      [1, '区发展和改革委员会', 2, 1, 1, 0],
      [2, '区教育局', 1, 0, 0, 1],
      [3, '区卫生健康委员会', 1, 0, 0, 1],
    ]);
    expect(data.redTasks.map((x: { code: string }) => x.code)).toEqual(['2024-QW-002']);
    expect(data.yellowTasks.map((x: { code: string; reasons: string[] }) => [x.code, x.reasons])).toEqual([
      ['2024-QW-003', ['未按期报送进展']],
      ['2024-QW-004', ['临近到期', '超过签收时限未签收']], // published in January, never accepted
    ]);
    expect(data.overdueRectifications).toEqual([
      { title: '卫生院台账不规范', unitName: '区卫生健康委员会', deadline: '2024-07-20', daysOverdue: 11 },
    ]);
    expect(data.unitsNotReported).toEqual([{ unitName: '区教育局', taskCount: 1 }]);

    // The same date on the lights endpoint names the same tasks with the same lights.
    const lights = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/lights?asOf=2024-07-31',
        headers: { cookie: supervisor },
      })
    ).json();
    const byLight = (l: string) =>
      lights.items
        .filter((i: { light: string }) => i.light === l)
        .map((i: { code: string }) => i.code)
        .sort();
    expect(byLight('red')).toEqual(['2024-QW-002']);
    expect(byLight('yellow')).toEqual(['2024-QW-003', '2024-QW-004']);
    const ledger = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/tasks?pageSize=100',
        headers: { cookie: supervisor },
      })
    ).json();
    // The cockpit counts the same published tasks.
    const cockpit = (
      await t.app.inject({ method: 'GET', url: '/api/v1/cockpit', headers: { cookie: supervisor } })
    ).json();
    expect(cockpit.overall).toMatchObject({ published: 4, completed: 1, completionRate: 25 });
    expect(
      cockpit.units.map((x: { unitName: string; total: number }) => [x.unitName, x.total]).sort(),
    ).toEqual(
      [
        ['区卫生健康委员会', 1],
        ['区发展和改革委员会', 2],
        ['区教育局', 1],
      ].sort(),
    );
    expect(ledger.total).toBe(data.overall.published);

    // The Word document says the same.
    const doc = await t.app.inject({
      method: 'GET',
      url: `/api/v1/bulletins/${id}/document`,
      headers: { cookie: supervisor },
    });
    expect(doc.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const text = (await mammoth.extractRawText({ buffer: doc.rawPayload })).value;
    for (const expected of [
      '2024年7月',
      '区发展和改革委员会',
      '区教育局',
      '区卫生健康委员会',
      '2024-QW-002',
      '2024-QW-003',
      '2024-QW-004',
      '卫生院台账不规范',
      '测试区委区政府督查室',
      '2024年8月1日',
      '1．2024-QW-002',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('regenerating makes a new version and keeps the old one unchanged', async () => {
    const first = (
      await t.app.inject({ method: 'GET', url: '/api/v1/bulletins', headers: { cookie: supervisor } })
    ).json().items[0];
    const before = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/bulletins/${first.id}/document`,
        headers: { cookie: supervisor },
      })
    ).rawPayload;
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bulletins',
      headers: { cookie: supervisor },
      payload: { period: '2024-07' },
    });
    expect(second.json().version).toBe(2);
    const after = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/bulletins/${first.id}/document`,
        headers: { cookie: supervisor },
      })
    ).rawPayload;
    expect(after.equals(before)).toBe(true);
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/v1/bulletins', headers: { cookie: supervisor } })
      ).json().items,
    ).toHaveLength(2);
  });

  it('units cannot generate bulletins nor see drafts; a future month is refused', async () => {
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/bulletins',
          headers: { cookie: operatorOfA },
          payload: { period: '2024-07' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/v1/bulletins', headers: { cookie: operatorOfA } })
      ).json().items,
    ).toEqual([]);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/bulletins',
          headers: { cookie: supervisor },
          payload: { period: '2024-09' },
        })
      ).statusCode,
    ).toBe(422);
  });
});
