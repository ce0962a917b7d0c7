/** Assessment: a seeded district in two groups, checked against values worked out by hand. */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx } from '../src/server/db/tx';
import { decisions, tasks } from '../src/server/db/schema';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { testScheme } from './helpers/assessment-scheme';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

const scheme = testScheme;

describe.each(dbKinds())('assessment on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let streetUser: string;
  const u: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2025-01-05T02:00:00Z');
    for (const [key, name, k] of [
      ['D1', '区发改委', 'department'],
      ['D2', '区住建局', 'department'],
      ['S1', '城关街道', 'street'],
      ['S2', '东城街道', 'street'],
    ] as const) {
      u[key] = (await buildUnit(t, { name, code: key, kind: k })).id;
    }
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    streetUser = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: u.S2 }));
    const decisionId = uuidv7();
    const completed = (unit: string, code: string, completedAt: string) => ({
      id: uuidv7(),
      tenantId: t.tenantId,
      decisionId,
      code,
      title: `任务${code}`,
      source: 'district_direct' as const,
      leadUnitId: unit,
      startDate: '2024-01-01',
      dueDate: '2024-06-30',
      status: 'completed' as const,
      progress: 100,
      publishedAt: new Date('2024-01-02T02:00:00Z'),
      acceptedAt: new Date('2024-01-03T02:00:00Z'),
      completedAt: new Date(`${completedAt}T02:00:00Z`),
    });
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values({
        id: decisionId,
        tenantId: t.tenantId,
        title: '全会',
        kind: 'plenary',
        date: '2024-01-01',
        source: 'district_direct',
      });
      await tx
        .insert(tasks)
        .values([
          completed(u.D1 as string, '2024-QW-001', '2024-06-20'),
          completed(u.D2 as string, '2024-QW-002', '2024-07-10'),
          completed(u.S1 as string, '2024-QW-003', '2024-06-01'),
          completed(u.S2 as string, '2024-QW-004', '2024-06-30'),
        ]);
    });
    const post = (url: string, payload: object, cookie = supervisor) =>
      t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
    for (const [unit, score] of [
      ['D1', 95],
      ['D2', 90],
      ['S1', 82],
      ['S2', 85],
    ] as const) {
      expect(
        (
          await post('/api/v1/assessment/entries', {
            kind: 'satisfaction',
            year: 2024,
            unitId: u[unit],
            period: '2024',
            score,
          })
        ).statusCode,
      ).toBe(201);
    }
    await post('/api/v1/interviews', {
      date: '2024-09-01',
      unitId: u.S2,
      person: '街道主任',
      reason: '工作滞后',
    });
    await post('/api/v1/accountability', {
      type: 'circulated_criticism',
      date: '2024-10-01',
      unitId: u.D2,
      reason: '通报批评',
    });
    await post('/api/v1/assessment/entries', {
      kind: 'veto',
      year: 2024,
      unitId: u.D2,
      vetoKind: 'major_safety_accident',
      title: '工地坍塌事故',
      date: '2024-11-01',
    });
    // S1's honour is declared by the unit and verified; S2's is declared but never verified (it must not count).
    const s1Head = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: u.S1 }));
    const honour = await post(
      '/api/v1/assessment/entries',
      {
        kind: 'bonus',
        year: 2024,
        unitId: u.S1,
        bonusKind: 'honour',
        level: 'city',
        title: '市级文明街道',
        date: '2024-12-01',
        evidence: '市文明委文件',
      },
      s1Head,
    );
    expect(honour.json().isVerified).toBe(false);
    expect((await post(`/api/v1/assessment/entries/${honour.json().id}/verify`, {})).statusCode).toBe(200);
    await post(
      '/api/v1/assessment/entries',
      {
        kind: 'bonus',
        year: 2024,
        unitId: u.S2,
        bonusKind: 'honour',
        level: 'provincial',
        title: '省级荣誉（未核实）',
        date: '2024-12-01',
      },
      streetUser,
    );
    const saved = await post('/api/v1/assessment/schemes', { year: 2024, scheme });
    expect(saved.statusCode).toBe(201);
    expect((await post(`/api/v1/assessment/schemes/${saved.json().id}/publish`, {})).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('ranks and grades every unit as worked out by hand', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessment/results?year=2024',
      headers: { cookie: supervisor },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.asOf).toBe('2024-12-31');
    const rows = (group: string) =>
      body.groups
        .find((g: { key: string }) => g.key === group)
        .units.map((x: { unitName: string; total: number; rank: number; grade: string }) => [
          x.unitName,
          x.total,
          x.rank,
          x.grade,
        ]);
    // D1: 0.6×100 + 0.4×95 = 98 → 优秀. D2: 0.6×90 (10 days late) + 0.4×90 − 2 = 88, vetoed → 较差, last.
    expect(rows('departments')).toEqual([
      ['区发改委', 98, 1, '优秀'],
      ['区住建局', 88, 2, '较差'],
    ]);
    // S1: 60 + 32.8 + 1 (verified city honour) = 93.8 → 优秀 (quota 1 of 2). S2: 60 + 34 − 1 (interview) = 93,
    // above the floor but the quota is full → 良好; its unverified honour does not count.
    expect(rows('streets')).toEqual([
      ['城关街道', 93.8, 1, '优秀'],
      ['东城街道', 93, 2, '良好'],
    ]);
    // The results count the evidence; a unit's lists come from its own route (issue 20).
    expect(body.groups[0].units[1].vetoes[0].evidenceCount).toBe(1);
    const { unit: d2 } = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/assessment/results/units/${body.groups[0].units[1].unitId}?year=2024`,
        headers: { cookie: supervisor },
      })
    ).json();
    expect(d2.vetoes[0].evidence[0].label).toContain('工地坍塌事故');
    expect(d2.components.find((c: { key: string }) => c.key === 'task_completion').evidence[0]).toMatchObject(
      { kind: 'task', daysLate: 10 },
    );
  });

  it('a unit sees its own breakdown and rank only', async () => {
    const body = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/assessment/results?year=2024',
        headers: { cookie: streetUser },
      })
    ).json();
    const all = body.groups.flatMap((g: { units: Array<{ unitId: string }> }) => g.units);
    expect(all.map((x: { unitId: string }) => x.unitId)).toEqual([u.S2]);
    expect(all[0].rank).toBe(2);
  });

  // Issue 20: the results answer counts the evidence (a district's lists were ~13 MB); a unit's breakdown
  // route carries the lists, under the same visibility as the results.
  it('the results count the evidence of each number; the unit route lists it, a unit only its own', async () => {
    type Part = { evidence?: unknown[]; evidenceCount?: number };
    type Unit = {
      unitId: string;
      components: Part[];
      deductions: { items: Part[] };
      bonuses: { items: Part[] };
      vetoes: Part[];
    };
    const parts = (x: Unit) => [...x.components, ...x.deductions.items, ...x.bonuses.items, ...x.vetoes];
    const get = (url: string, cookie = supervisor) =>
      t.app.inject({ method: 'GET', url, headers: { cookie } });
    const res = await get('/api/v1/assessment/results?year=2024');
    expect(res.body).not.toContain('"evidence"');
    const units = (res.json().groups as Array<{ units: Unit[] }>).flatMap((g) => g.units);
    expect(units).toHaveLength(4);
    for (const x of units) for (const p of parts(x)) expect(p.evidenceCount).toEqual(expect.any(Number));
    for (const x of units) {
      const one = await get(`/api/v1/assessment/results/units/${x.unitId}?year=2024`);
      expect(one.statusCode, one.body).toBe(200);
      const detail = one.json().unit as Unit;
      const counts = parts(x).map((p) => p.evidenceCount);
      expect(parts(detail).map((p) => p.evidence?.length)).toEqual(counts);
    }
    expect(units.flatMap(parts).reduce((n, p) => n + (p.evidenceCount ?? 0), 0)).toBeGreaterThan(8);
    const d2 = (await get(`/api/v1/assessment/results/units/${u.D2}?year=2024`)).json();
    expect(d2).toMatchObject({ year: 2024, asOf: '2024-12-31', group: { key: 'departments' } });
    expect(d2.unit.vetoes[0].evidence[0].label).toContain('工地坍塌事故');
    // A unit sees its own breakdown; another unit's, or one that does not exist, is not found.
    expect((await get(`/api/v1/assessment/results/units/${u.S2}?year=2024`, streetUser)).statusCode).toBe(
      200,
    );
    expect((await get(`/api/v1/assessment/results/units/${u.S1}?year=2024`, streetUser)).statusCode).toBe(
      404,
    );
    expect((await get(`/api/v1/assessment/results/units/${uuidv7()}?year=2024`)).statusCode).toBe(404);
  });

  it('a preview with other weights changes the ranking; bad weights are refused naming the field', async () => {
    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessment/preview',
      headers: { cookie: supervisor },
      payload: {
        year: 2024,
        scheme: {
          ...scheme,
          components: [
            { key: 'task_completion', weight: 10 },
            { key: 'satisfaction', weight: 90 },
          ],
        },
      },
    });
    expect(preview.statusCode).toBe(200);
    const streets = preview
      .json()
      .groups[1].units.map((x: { unitName: string; total: number }) => [x.unitName, x.total]);
    // S2: 10 + 76.5 − 1 = 85.5; S1: 10 + 73.8 + 1 = 84.8 → S2 now first.
    expect(streets).toEqual([
      ['东城街道', 85.5],
      ['城关街道', 84.8],
    ]);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessment/preview',
      headers: { cookie: supervisor },
      payload: {
        year: 2024,
        scheme: {
          ...scheme,
          components: [
            { key: 'task_completion', weight: 60 },
            { key: 'satisfaction', weight: 30 },
          ],
        },
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields[0].path).toBe('scheme.components');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/assessment/preview',
          headers: { cookie: streetUser },
          payload: { year: 2024, scheme },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('finalizes a snapshot; finalizing again needs a reason', async () => {
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessment/results/2024/finalize',
      headers: { cookie: supervisor },
      payload: {},
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().finalized).toMatchObject({ version: 1, asOf: '2024-12-31' });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/assessment/results/2024/finalize',
          headers: { cookie: supervisor },
          payload: {},
        })
      ).statusCode,
    ).toBe(422);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessment/results/2024/finalize',
      headers: { cookie: supervisor },
      payload: { reason: '补录满意度' },
    });
    expect(second.json().finalized.version).toBe(2);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/assessment/results/2024/finalize',
          headers: { cookie: streetUser },
          payload: {},
        })
      ).statusCode,
    ).toBe(403);
  });
});
