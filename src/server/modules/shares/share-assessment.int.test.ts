import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { tasks, taskShares } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

/**
 * The assessment reads co-units' shares: each closed month a co-unit owed a share is an expected report of that
 * unit — on time when given by the month's close, late after, missing when never given (today 2024-03-01:
 * January and February are closed).
 */
describe.each(dbKinds())('co-units’ shares in the assessment and the bulletin on %s', (kind) => {
  let t: TestApp;
  let supervisor = '';
  let coCookie = '';
  const unit = { lead: '', co: '', co2: '' };
  let taskId = '';

  beforeAll(async () => {
    t = await createTestApp(kind);
    unit.lead = (await buildUnit(t, { name: '区人社局', kind: 'department' })).id;
    unit.co = (await buildUnit(t, { name: '城关街道', kind: 'street' })).id;
    unit.co2 = (await buildUnit(t, { name: '东门街道', kind: 'street' })).id;
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    coCookie = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unit.co }));
    taskId = (await buildDecisionWithTask(t, { leadUnitId: unit.lead, status: 'in_progress' })).taskId;
    const submittedBy = (await buildUser(t, { roles: ['unit_operator'], unitId: unit.co })).id;
    await withSystemTx(t.db, async (tx) => {
      await tx
        .update(tasks)
        .set({
          coUnitIds: [unit.co, unit.co2],
          publishedAt: new Date('2024-01-06T02:00:00Z'),
          acceptedAt: new Date('2024-01-10T02:00:00Z'),
        })
        .where(eq(tasks.id, taskId));
      // 城关街道 gave January's share on 2024-01-25, before the month closed.
      await tx.insert(taskShares).values({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId,
        unitId: unit.co,
        period: '2024-01',
        narrative: '一月份工作',
        submittedBy,
        submittedAt: new Date('2024-01-25T02:00:00Z'),
        createdAt: new Date('2024-01-25T02:00:00Z'),
      });
    });
    // February's share comes today (2024-03-01), a day after the month closed: late.
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/shares`,
      headers: { cookie: coCookie },
      payload: { period: '2024-02', narrative: '二月份工作（补报）' },
    });
    expect(late.statusCode, late.body).toBe(201);
  });
  afterAll(async () => t?.close());

  it('scores a co-unit’s share timeliness and deducts its missing shares, with exact figures', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessment/preview',
      headers: { cookie: supervisor },
      payload: {
        year: 2024,
        asOf: '2024-03-01',
        scheme: {
          name: '配合分报测试方案',
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
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    type Unit = {
      unitName: string;
      total: number;
      components: Array<{ key: string; raw: number; evidence: Array<{ label: string; reason: string }> }>;
      deductions: { total: number; items: Array<{ kind: string; count: number; points: number }> };
    };
    const streets = res.json().groups[0].units as Unit[];
    const byName = new Map(streets.map((u) => [u.unitName, u]));
    const cg = byName.get('城关街道');
    const dm = byName.get('东门街道');
    // 城关街道: January on time, February late → 1 of 2 on time = 50; nothing missing.
    expect(cg?.components[0]?.raw).toBe(50);
    expect(cg?.components[0]?.evidence.map((e) => [e.label.slice(-7), e.reason])).toEqual([
      ['2024-01', 'on_time'],
      ['2024-02', 'late'],
    ]);
    expect(cg?.total).toBe(50);
    // 东门街道: nothing given → 0 on time, and two missing shares × 3 points deducted.
    expect(dm?.components[0]?.raw).toBe(0);
    expect(dm?.deductions.items.map((d) => [d.kind, d.count, d.points])).toEqual([['missing_report', 2, 6]]);
    expect(cg?.deductions.total).toBe(0);
    expect(dm?.total).toBe(-6);
  });

  it('the month’s bulletin names the co-units that gave no share, with how many tasks', async () => {
    const bulletin = async (period: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/bulletins',
        headers: { cookie: supervisor },
        payload: { period },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().data as { coUnitsNotShared: Array<{ unitName: string; taskCount: number }> };
    };
    // January: 城关街道 gave its share, 东门街道 did not; February likewise (城关街道's late share counts as given).
    expect((await bulletin('2024-01')).coUnitsNotShared).toEqual([{ unitName: '东门街道', taskCount: 1 }]);
    expect((await bulletin('2024-02')).coUnitsNotShared).toEqual([{ unitName: '东门街道', taskCount: 1 }]);
  });
});
