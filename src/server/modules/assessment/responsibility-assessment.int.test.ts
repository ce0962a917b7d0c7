/**
 * Issue 15 in the assessment, exact figures: an approved target share is followed for its own unit in the
 * task-completion component (its figure against its value; a proposed share does not count), and the lead
 * units' cooperation ratings (配合评价) are a component the scheme weights (good 100, fair 80, poor 60 by
 * default, or the scheme's own scores). The task runs through 2024; as of 2024-12-31 a share scores its progress.
 */
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { cooperationRatingsTable, targetShares, tasks, taskTargets } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

describe.each(dbKinds())('target shares and cooperation ratings in the assessment on %s', (kind) => {
  let t: TestApp;
  let office = '';
  const street = { a: '', b: '', c: '' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-12-31T02:00:00Z');
    const lead = (await buildUnit(t, { name: '区人社局', kind: 'department' })).id;
    street.a = (await buildUnit(t, { name: '城关街道', kind: 'street' })).id;
    street.b = (await buildUnit(t, { name: '东门街道', kind: 'street' })).id;
    street.c = (await buildUnit(t, { name: '西城街道', kind: 'street' })).id;
    const officeUser = await buildUser(t, { roles: ['supervisor'] });
    const rater = await buildUser(t, { roles: ['unit_head'], unitId: lead });
    office = await loginAs(t, officeUser);
    const { taskId } = await buildDecisionWithTask(t, { leadUnitId: lead, status: 'in_progress' });
    const other = (await buildDecisionWithTask(t, { leadUnitId: lead, status: 'in_progress' })).taskId;
    const targetId = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      for (const id of [taskId, other])
        await tx
          .update(tasks)
          .set({
            coUnitIds: [street.a, street.b, street.c],
            publishedAt: new Date('2024-01-06T02:00:00Z'),
            acceptedAt: new Date('2024-01-08T02:00:00Z'),
          })
          .where(eq(tasks.id, id));
      await tx.insert(taskTargets).values({
        id: targetId,
        tenantId: t.tenantId,
        taskId,
        indicator: '新增城镇就业',
        unit: '人',
        comparator: '>=',
        targetValue: 3000,
        currentValue: 2400,
      });
      const share = (
        unitId: string,
        targetValue: number,
        currentValue: number | null,
        status: 'approved' | 'proposed',
      ) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        targetId,
        unitId,
        targetValue,
        currentValue,
        status,
      });
      await tx
        .insert(targetShares)
        .values([share(street.a, 1200, 600, 'approved'), share(street.b, 1800, 1800, 'approved')]);
      const rating = (task: string, coUnitId: string, rating: 'good' | 'fair' | 'poor') => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: task,
        year: 2024,
        leadUnitId: lead,
        coUnitId,
        rating,
        reason: '年度配合评价',
        ratedBy: rater.id,
      });
      await tx.insert(cooperationRatingsTable).values([
        rating(taskId, street.a, 'good'),
        rating(other, street.a, 'fair'),
        rating(taskId, street.b, 'poor'),
        // Another year's rating does not count.
        { ...rating(taskId, street.c, 'poor'), year: 2023 },
      ]);
    });
  });
  afterAll(async () => t?.close());

  const preview = async (cooperation: object) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessment/preview',
      headers: { cookie: office },
      payload: {
        year: 2024,
        asOf: '2024-12-31',
        scheme: {
          name: '分解指标与配合评价',
          groups: [{ key: 'streets', name: '街道', unitKinds: ['street'] }],
          components: [
            { key: 'task_completion', weight: 50 },
            { key: 'cooperation', weight: 50, ...cooperation },
          ],
          deductions: { cap: 20, rules: [] },
          bonuses: { cap: 0, rules: [] },
          vetoes: [],
          grades: [
            { key: 'pass', name: '合格', floor: 60 },
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
      components: Array<{
        key: string;
        raw: number | null;
        evidence: Array<{ label: string; value?: number }>;
      }>;
    };
    return new Map((res.json().groups[0].units as Unit[]).map((u) => [u.unitName, u]));
  };

  it('scores each street on its own share and its ratings, with the default scores', async () => {
    const units = await preview({});
    const raw = (name: string) => units.get(name)?.components.map((c) => [c.key, c.raw]);
    // 城关街道: 600 of 1200 → 50; good and fair → (100 + 80) / 2 = 90; total 25 + 45 = 70.
    expect(raw('城关街道')).toEqual([
      ['task_completion', 50],
      ['cooperation', 90],
    ]);
    expect(units.get('城关街道')?.total).toBe(70);
    expect(units.get('城关街道')?.components[0]?.evidence.map((e) => [e.label, e.value])).toEqual([
      [expect.stringContaining('新增城镇就业（分解指标 1200人）'), 50],
    ]);
    // 东门街道: 1800 of 1800 → 100; poor → 60; total 50 + 30 = 80.
    expect(raw('东门街道')).toEqual([
      ['task_completion', 100],
      ['cooperation', 60],
    ]);
    expect(units.get('东门街道')?.total).toBe(80);
    // 西城街道 holds no share and no rating of 2024: nothing to score (reweighted away).
    expect(raw('西城街道')).toEqual([
      ['task_completion', null],
      ['cooperation', null],
    ]);
  });

  it('takes the scheme’s own scores for good, fair and poor', async () => {
    const units = await preview({ scores: { good: 100, fair: 70, poor: 40 } });
    expect(units.get('城关街道')?.components[1]?.raw).toBe(85);
    expect(units.get('东门街道')?.components[1]?.raw).toBe(40);
    expect(units.get('东门街道')?.total).toBe(70);
  });
});
