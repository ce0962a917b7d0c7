/**
 * 指标分解 proposed by the lead unit (issue 15): for "建成 3–6 个试点" the lead unit proposes 1–2 and 2–4 pilots;
 * a proposal that passes the upper bound is refused with the difference; a proposed share is not yet the
 * district's and cannot be reported; the office approves it as it stands (409 on a stale version), the streets
 * are told their figures, and the lead unit can no longer replace an approved split.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('a lead unit proposes a target split on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let lead: BuiltUser;
  let street: BuiltUser;
  let units: { CGJD: string; DMJD: string };
  let taskId: string;
  let targetId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-03-02T02:00:00Z');
    const lu = await buildUnit(t, { name: '区发改委' });
    units = {
      CGJD: (await buildUnit(t, { name: '城关街道', kind: 'street' })).id,
      DMJD: (await buildUnit(t, { name: '东门街道', kind: 'street' })).id,
    };
    office = await buildUser(t, { roles: ['supervisor'] });
    lead = await buildUser(t, { roles: ['unit_head'], unitId: lu.id });
    street = await buildUser(t, { roles: ['unit_operator'], unitId: units.CGJD });
    const as = { cookie: await loginAs(t, office) };
    const decision = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: as,
        payload: { title: '全会', kind: 'plenary', date: '2026-01-04', source: 'district_direct' },
      })
    ).json();
    const task = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        headers: as,
        payload: {
          decisionId: decision.id,
          title: '开展基层治理试点',
          leadUnitId: lu.id,
          coUnitIds: [units.CGJD, units.DMJD],
          startDate: '2026-01-01',
          dueDate: '2026-12-31',
          targets: [
            { indicator: '基层治理试点', unit: '个', targetValue: 3, targetValueMax: 6, comparator: 'range' },
          ],
        },
      })
    ).json();
    taskId = task.id;
    targetId = task.targets[0].id;
    await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${decision.id}/publish`, headers: as });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/accept`,
      headers: { cookie: await loginAs(t, lead) },
    });
  });
  afterAll(async () => t.close());

  const headers = async (user: BuiltUser) => ({ cookie: await loginAs(t, user) });
  const list = async (user: BuiltUser) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/targets/${targetId}/shares`,
        headers: await headers(user),
      })
    ).json();
  const propose = async (cg: [number, number], dm: [number, number], version: number, user = lead) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/targets/${targetId}/shares`,
      headers: await headers(user),
      payload: {
        shares: [
          { unitId: units.CGJD, targetValue: cg[0], targetValueMax: cg[1] },
          { unitId: units.DMJD, targetValue: dm[0], targetValueMax: dm[1] },
        ],
        version,
      },
    });
  const approve = async (version: number, user = office) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/targets/${targetId}/shares/approve`,
      headers: await headers(user),
      payload: { version },
    });
  const notified = async (kind: string) =>
    (
      await queryRows<{ n: number }>(
        t.db.orm,
        sql`SELECT count(*)::int AS n FROM notifications WHERE kind = ${kind}`,
      )
    )[0]?.n;

  it('refuses a proposal whose upper bounds pass the range, by the exact difference', async () => {
    const res = await propose([1, 3], [2, 4], 0);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toMatchObject({ problem: 'over', difference: 1, sum: 7, required: 6 });
    expect((await list(office)).items).toEqual([]);
  });

  it('stores a proposal that fits; it is not the district’s yet and cannot be reported', async () => {
    // The lead unit's approved report gave the district figure 1 pilot; a proposal leaves it as it is.
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/reports`,
      headers: await headers(lead),
      payload: {
        period: '2026-02',
        progress: 10,
        narrative: '确定首个试点',
        indicatorValues: [{ targetId, value: 1 }],
      },
    });
    expect(report.statusCode).toBe(201);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${report.json().id}/review`,
      headers: await headers(office),
      payload: { decision: 'approve' },
    });
    const res = await propose([1, 2], [2, 4], 0);
    expect(res.json().currentValue).toBe(1);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ splitVersion: 1, abilities: { propose: true, approve: false } });
    expect(res.json().items.map((s: { status: string }) => s.status)).toEqual(['proposed', 'proposed']);
    expect(await notified('target_split_proposed')).toBe(1);
    expect(await notified('target_share_assigned')).toBe(0);
    const own = (await list(street)).items[0];
    expect(own).toMatchObject({
      targetValue: 1,
      targetValueMax: 2,
      status: 'proposed',
      abilities: { report: false },
    });
    const reported = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/target-shares/${own.id}`,
      headers: await headers(street),
      payload: { currentValue: 1, version: own.version },
    });
    expect(reported.statusCode).toBe(409);
    expect((await list(office)).abilities).toEqual({ split: true, propose: false, approve: true });
    // A street may not propose, nor approve.
    expect((await propose([1, 2], [2, 4], 1, street)).statusCode).toBe(403);
    expect((await approve(1, street)).statusCode).toBe(403);
  });

  it('lets the lead unit revise its proposal; the office approves it as it stands', async () => {
    expect((await propose([2, 2], [1, 4], 1)).json()).toMatchObject({ splitVersion: 2 });
    expect((await approve(1)).statusCode).toBe(409);
    const res = await approve(2);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ splitVersion: 3, abilities: { propose: false, approve: false } });
    expect(
      res.json().items.map((s: { targetValue: number; status: string }) => [s.targetValue, s.status]),
    ).toEqual([
      [2, 'approved'],
      [1, 'approved'],
    ]);
    // 城关街道 has one account; 东门街道 none here.
    expect(await notified('target_share_assigned')).toBe(1);
    expect((await list(street)).items[0].abilities).toEqual({ report: true });
    expect((await propose([1, 2], [2, 4], 3)).statusCode).toBe(409);
    expect((await approve(3)).statusCode).toBe(409);
    const actions = (
      await queryRows<{ action: string }>(
        t.db.orm,
        sql`SELECT action FROM audit_events WHERE entity_type = 'target_share' ORDER BY seq`,
      )
    ).map((r) => r.action);
    expect(actions).toEqual(['target_share.proposed', 'target_share.proposed', 'target_share.approved']);
  });
  it("lights a street's own share on its view: behind the time yellow, nothing reported red, half done green", async () => {
    const follow = async (user: BuiltUser) => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/target-shares',
        headers: await headers(user),
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items;
    };
    const report = async (currentValue: number) => {
      const [own] = await follow(street);
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/target-shares/${own.id}`,
        headers: await headers(street),
        payload: { currentValue, version: own.version },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    expect((await follow(street))[0]).toMatchObject({ taskId, indicator: '基层治理试点', targetValue: 2 });
    // 2026-05-01: 120 of 364 days, 32.97 points of the time gone.
    t.clock.set('2026-05-01T02:00:00Z');
    await report(0.4);
    // 20% done: 12.97 points behind, yellow.
    expect((await follow(street))[0]).toMatchObject({
      progress: 20,
      light: 'yellow',
      lightReasons: ['behind_schedule'],
    });
    // The office follows every unit's shares, red first: 东门街道 reported nothing, 32.97 points behind.
    expect(
      (await follow(office)).map((s: { unitName: string; light: string }) => [s.unitName, s.light]),
    ).toEqual([
      ['东门街道', 'red'],
      ['城关街道', 'yellow'],
    ]);
    await report(1);
    expect((await follow(street))[0]).toMatchObject({ progress: 50, light: 'green', lightReasons: [] });
    // A unit with no share follows nothing.
    expect(await follow(lead)).toEqual([]);
  });
  it('tells no unit of its figure while the task is a draft (a draft does not exist for units)', async () => {
    const as = await headers(office);
    const decision = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: as,
        payload: { title: '全会（草稿）', kind: 'plenary', date: '2026-02-04', source: 'district_direct' },
      })
    ).json();
    const draft = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        headers: as,
        payload: {
          decisionId: decision.id,
          title: '新建社区食堂',
          leadUnitId: lead.unitId,
          startDate: '2026-03-01',
          dueDate: '2026-12-31',
          targets: [{ indicator: '社区食堂', unit: '个', targetValue: 4, comparator: '>=' }],
        },
      })
    ).json();
    const before = await notified('target_share_assigned');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/targets/${draft.targets[0].id}/shares`,
      headers: as,
      payload: {
        shares: [
          { unitId: units.CGJD, targetValue: 2 },
          { unitId: units.DMJD, targetValue: 2 },
        ],
        version: 0,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await notified('target_share_assigned')).toBe(before);
  });
});
