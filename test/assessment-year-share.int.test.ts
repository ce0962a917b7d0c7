/**
 * Year-end ranking and new work (issue 18): a unit that receives many tasks due next year in December keeps its
 * rank; those tasks count by the share of their span that ran in the year. Figures worked out by hand below.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx } from '../src/server/db/tx';
import { decisions, tasks } from '../src/server/db/schema';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { testScheme } from './helpers/assessment-scheme';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

// task_completion 60 %, satisfaction 40 %; 优秀 ≥ 90 with a 50 % quota (1 of 3), 良好 ≥ 80, 一般 ≥ 60.
const scheme = { ...testScheme, name: '2026年度考核方案（测试）' };

describe.each(dbKinds())('assessment of tasks due after the year on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  const u: Record<string, string> = {};
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: supervisor }, payload });
  const ranking = async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessment/results?year=2026',
      headers: { cookie: supervisor },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.asOf).toBe('2026-12-05');
    return body.groups
      .find((g: { key: string }) => g.key === 'departments')
      .units.map((x: { unitName: string; total: number; rank: number; grade: string }) => [
        x.unitName,
        x.total,
        x.rank,
        x.grade,
      ]);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-12-05T02:00:00Z');
    for (const [key, name] of [
      ['D1', '区发改委'],
      ['D2', '区住建局'],
      ['D3', '区教育局'],
    ] as const) {
      u[key] = (await buildUnit(t, { name, code: key, kind: 'department' })).id;
    }
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const decisionId = uuidv7();
    const completed = (unit: string, code: string, completedAt: string) => ({
      id: uuidv7(),
      tenantId: t.tenantId,
      decisionId,
      code,
      title: `任务${code}`,
      source: 'district_direct' as const,
      leadUnitId: unit,
      startDate: '2026-01-01',
      dueDate: '2026-06-30',
      status: 'completed' as const,
      progress: 100,
      publishedAt: new Date('2026-01-02T02:00:00Z'),
      acceptedAt: new Date('2026-01-03T02:00:00Z'),
      completedAt: new Date(`${completedAt}T02:00:00Z`),
    });
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values({
        id: decisionId,
        tenantId: t.tenantId,
        title: '年初全会',
        kind: 'plenary',
        date: '2026-01-01',
        source: 'district_direct',
      });
      await tx
        .insert(tasks)
        .values([
          ...[1, 2, 3, 4, 5].map((i) => completed(u.D1 as string, `2026-ZX-00${i}`, '2026-06-20')),
          completed(u.D2 as string, '2026-ZX-006', '2026-07-10'),
          completed(u.D3 as string, '2026-ZX-007', '2026-07-30'),
        ]);
    });
    for (const [unit, score] of [
      ['D1', 85],
      ['D2', 90],
      ['D3', 90],
    ] as const) {
      expect(
        (
          await post('/api/v1/assessment/entries', {
            kind: 'satisfaction',
            year: 2026,
            unitId: u[unit],
            period: '2026',
            score,
          })
        ).statusCode,
      ).toBe(201);
    }
    const saved = await post('/api/v1/assessment/schemes', { year: 2026, scheme });
    expect(saved.statusCode).toBe(201);
    expect((await post(`/api/v1/assessment/schemes/${saved.json().id}/publish`, {})).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('keeps a unit’s rank when 103 tasks due next year are published to it in December', async () => {
    // Before: D1 5 tasks on time → 100 × 0.6 + 85 × 0.4 = 94. D2 10 days late → 90 × 0.6 + 90 × 0.4 = 90.
    // D3 30 days late → 70 × 0.6 + 90 × 0.4 = 78.
    expect(await ranking()).toEqual([
      ['区发改委', 94, 1, '优秀'],
      ['区住建局', 90, 2, '良好'],
      ['区教育局', 78, 3, '一般'],
    ]);

    const decision = await post('/api/v1/decisions', {
      title: '区委全会（十二月）',
      kind: 'plenary',
      date: '2026-12-05',
      source: 'district_direct',
    });
    expect(decision.statusCode).toBe(201);
    for (let i = 1; i <= 103; i++) {
      const created = await post('/api/v1/tasks', {
        decisionId: decision.json().id,
        title: `明年任务${i}`,
        leadUnitId: u.D1,
        startDate: '2026-12-05',
        dueDate: '2027-12-31',
      });
      expect(created.statusCode).toBe(201);
    }
    const published = await post(`/api/v1/decisions/${decision.json().id}/publish`, {});
    expect(published.statusCode).toBe(200);
    expect(published.json().tasks).toHaveLength(103);

    // After, as of 2026-12-05: each new task spans 2026-12-05..2027-12-31 = 392 days, one ran → share 1/392 = 0.0026;
    // 0 % done → score 0. D1: 5 × 100 / (5 + 103 × 0.0026) = 500 / 5.2678 = 94.9163 → 94.92;
    // 94.92 × 0.6 = 56.952 → 56.95; + 34 = 90.95 — still first and 优秀.
    // (Counted as whole tasks it was 500 / 108 = 4.63 → 2.78 + 34 = 36.78: last, 较差.)
    expect(await ranking()).toEqual([
      ['区发改委', 90.95, 1, '优秀'],
      ['区住建局', 90, 2, '良好'],
      ['区教育局', 78, 3, '一般'],
    ]);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessment/results?year=2026',
      headers: { cookie: supervisor },
    });
    // The results count the evidence; the unit's lists come from its own route (issue 20).
    const { unit: d1 } = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/assessment/results/units/${res.json().groups[0].units[0].unitId}?year=2026`,
        headers: { cookie: supervisor },
      })
    ).json();
    const completion = d1.components.find((c: { key: string }) => c.key === 'task_completion');
    expect(completion.raw).toBe(94.92);
    const prorated = completion.evidence.filter((e: { reason: string }) => e.reason === 'not_due_in_year');
    expect(prorated).toHaveLength(103);
    expect(prorated[0]).toMatchObject({ value: 0, weight: 0.0026, yearShare: 0.0026 });
  });

  it('leaves the new tasks out under notDueInYear: exclude', async () => {
    const components = [
      {
        key: 'task_completion',
        weight: 60,
        lateDayPenalty: 1,
        lateFloor: 60,
        keyTaskWeight: 2,
        notDueInYear: 'exclude',
      },
      { key: 'satisfaction', weight: 40 },
    ];
    const res = await post('/api/v1/assessment/preview', { year: 2026, scheme: { ...scheme, components } });
    expect(res.statusCode).toBe(200);
    // D1: 100 × 0.6 + 34 = 94, as before the publication.
    expect(res.json().groups[0].units[0]).toMatchObject({ unitName: '区发改委', total: 94 });
  });
});
