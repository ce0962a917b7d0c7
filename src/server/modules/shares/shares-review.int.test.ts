/**
 * Review findings on co-units' shares (issue 15): a negative figure on an indicator that counts is 422 with the
 * field; a returned share cannot be consolidated (409 SHARE_NOT_SUBMITTED), also when the return and the report
 * come at the same moment; a share returned and never redone is missing in the assessment and the bulletin.
 * The manual clock stands at 2024-03-01 (Asia/Shanghai): the open month is 2024-03.
 */
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { reports, tasks, taskShares, taskTargets } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

describe.each(dbKinds())('co-units’ shares, review findings, on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const unit = { lead: '', co: '', co2: '', street: '' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    unit.lead = (await buildUnit(t, { name: '区人社局', kind: 'department' })).id;
    unit.co = (await buildUnit(t, { name: '区发改委', kind: 'department' })).id;
    unit.co2 = (await buildUnit(t, { name: '区统计局', kind: 'department' })).id;
    unit.street = (await buildUnit(t, { name: '北关街道', kind: 'street' })).id;
    const users = {
      lead: await buildUser(t, { roles: ['unit_operator'], unitId: unit.lead }),
      co: await buildUser(t, { roles: ['unit_operator'], unitId: unit.co }),
      co2: await buildUser(t, { roles: ['unit_operator'], unitId: unit.co2 }),
      sup: await buildUser(t, { roles: ['supervisor'] }),
    };
    for (const [who, user] of Object.entries(users)) cookies[who] = await loginAs(t, user);
  });
  afterAll(async () => t?.close());

  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] }, ...(payload ? { payload } : {}) });
  /** A running task led by `lead`, `co` and `co2` cooperating, with a count and a growth rate. */
  const newTask = async () => {
    const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unit.lead, status: 'in_progress' });
    const targets = [uuidv7(), uuidv7()] as [string, string];
    await withSystemTx(t.db, async (tx) => {
      await tx
        .update(tasks)
        .set({ coUnitIds: [unit.co, unit.co2] })
        .where(eq(tasks.id, taskId));
      await tx.insert(taskTargets).values([
        {
          id: targets[0],
          tenantId: t.tenantId,
          taskId,
          indicator: '新增城镇就业',
          unit: '人',
          targetValue: 3000,
        },
        {
          id: targets[1],
          tenantId: t.tenantId,
          taskId,
          position: 1,
          indicator: '规上工业增加值增速',
          unit: '%',
          targetValue: 6,
        },
      ]);
    });
    return { taskId, targets };
  };
  const share = async (
    who: string,
    taskId: string,
    values: Array<{ targetId: string; value: number }> = [],
  ) =>
    call(who, 'POST', `/api/v1/tasks/${taskId}/shares`, { period: '2024-03', narrative: '本月工作', values });
  const report = (taskId: string, shareIds: string[]) =>
    call('lead', 'POST', `/api/v1/tasks/${taskId}/reports`, {
      period: '2024-03',
      progress: 30,
      narrative: '汇总配合单位分报',
      indicatorValues: [],
      shareIds,
    });
  const shareRow = async (id: string) =>
    withSystemTx(t.db, async (tx) => (await tx.select().from(taskShares).where(eq(taskShares.id, id)))[0]);
  const reportCount = async (taskId: string) =>
    withSystemTx(
      t.db,
      async (tx) => (await tx.select().from(reports).where(eq(reports.taskId, taskId))).length,
    );

  it('refuses a negative figure on an indicator that counts, naming the field; a growth rate may be negative', async () => {
    const { taskId, targets } = await newTask();
    const bad = await share('co', taskId, [
      { targetId: targets[1], value: -1.2 },
      { targetId: targets[0], value: -5 },
    ]);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields).toEqual([
      { path: 'values.1.value', message: '该指标的数值不能为负数' },
    ]);
    expect((await call('co', 'GET', `/api/v1/tasks/${taskId}/shares`)).json().units[0].share).toBeNull();
    const ok = await share('co', taskId, [{ targetId: targets[1], value: -1.2 }]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().values).toEqual([{ targetId: targets[1], value: -1.2 }]);
  });

  it('refuses to consolidate a returned share: 409 SHARE_NOT_SUBMITTED naming it, and no report is written', async () => {
    const { taskId } = await newTask();
    const given = (await share('co2', taskId)).json();
    const url = `/api/v1/tasks/${taskId}/shares/${given.id}/return`;
    expect((await call('lead', 'POST', url, { reason: '数据不全', version: 1 })).statusCode).toBe(200);
    const res = await report(taskId, [given.id]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SHARE_NOT_SUBMITTED');
    expect(res.json().error.details.fields).toMatchObject([
      { path: 'shareIds.0', shareId: given.id, status: 'returned' },
    ]);
    expect(await reportCount(taskId)).toBe(0);
    expect(await shareRow(given.id)).toMatchObject({ status: 'returned', reportId: null });
  });

  it('lets only one of a return and a report of the same share at the same moment through', async () => {
    for (let round = 0; round < 3; round++) {
      const { taskId } = await newTask();
      const given = (await share('co', taskId)).json();
      const url = `/api/v1/tasks/${taskId}/shares/${given.id}/return`;
      const [returned, reported] = await Promise.all([
        call('lead', 'POST', url, { reason: '请补充数据', version: 1 }),
        report(taskId, [given.id]),
      ]);
      const row = await shareRow(given.id);
      if (returned.statusCode === 200) {
        expect(reported.statusCode).toBe(409);
        expect(row).toMatchObject({ status: 'returned', reportId: null });
        expect(await reportCount(taskId)).toBe(0);
      } else {
        expect([returned.statusCode, reported.statusCode]).toEqual([409, 201]);
        expect(row).toMatchObject({ status: 'consolidated', reportId: reported.json().id });
      }
    }
  });

  it('counts a share returned and never redone as missing, and a redone one as late, in the assessment and the bulletin', async () => {
    const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unit.lead, status: 'in_progress' });
    const by = (await buildUser(t, { roles: ['unit_operator'], unitId: unit.street })).id;
    await withSystemTx(t.db, async (tx) => {
      await tx
        .update(tasks)
        .set({
          coUnitIds: [unit.street],
          publishedAt: new Date('2024-01-06T02:00:00Z'),
          acceptedAt: new Date('2024-01-10T02:00:00Z'),
        })
        .where(eq(tasks.id, taskId));
      const row = (period: string, status: 'returned' | 'submitted', created: string, submitted: string) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId,
        unitId: unit.street,
        period,
        narrative: `${period} 工作`,
        status,
        returnReason: status === 'returned' ? '数据不全' : null,
        submittedBy: by,
        createdAt: new Date(`${created}T02:00:00Z`),
        submittedAt: new Date(`${submitted}T02:00:00Z`),
      });
      await tx.insert(taskShares).values([
        // January's share was given on time, returned on 02-05 and never redone: missing.
        row('2024-01', 'returned', '2024-01-25', '2024-01-25'),
        // February's was given on 02-20, returned, and redone only today (03-01): late.
        row('2024-02', 'submitted', '2024-02-20', '2024-03-01'),
      ]);
    });
    const res = await call('sup', 'POST', '/api/v1/assessment/preview', {
      year: 2024,
      asOf: '2024-03-01',
      scheme: {
        name: '退回分报测试方案',
        groups: [{ key: 'streets', name: '街道', unitKinds: ['street'] }],
        components: [{ key: 'report_timeliness', weight: 100 }],
        deductions: { cap: 20, rules: [{ kind: 'missing_report', amount: 3, cap: 10 }] },
        bonuses: { cap: 0, rules: [] },
        vetoes: [],
        grades: [
          { key: 'pass', name: '合格', floor: 40 },
          { key: 'fail', name: '不合格', floor: 0 },
        ],
        tieBreak: [],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const street = res.json().groups[0].units[0];
    expect(street.unitName).toBe('北关街道');
    expect(
      street.components[0].evidence.map((e: { label: string; reason: string }) => [
        e.label.slice(-7),
        e.reason,
      ]),
    ).toEqual([
      ['2024-01', 'missing'],
      ['2024-02', 'late'],
    ]);
    expect(street.components[0].raw).toBe(0);
    expect(
      street.deductions.items.map((d: { kind: string; count: number; points: number }) => [
        d.kind,
        d.count,
        d.points,
      ]),
    ).toEqual([['missing_report', 1, 3]]);
    expect(street.total).toBe(-3);
    const bulletin = await call('sup', 'POST', '/api/v1/bulletins', { period: '2024-01' });
    expect(bulletin.statusCode, bulletin.body).toBe(201);
    expect(
      (bulletin.json().data.coUnitsNotShared as Array<{ unitName: string }>).filter(
        (u) => u.unitName === '北关街道',
      ),
    ).toEqual([{ unitName: '北关街道', taskCount: 1 }]);
  });
});
