/**
 * 指标分解到单位 (issue 15): the office splits "新增城镇就业 ≥ 3000 人" across three streets; a split that falls
 * short is refused with the exact difference and nothing stored; a street sees and reports only its own share;
 * the lead unit sees and reports every share; the district's current value on the task is the sum; each share
 * has its own light; a stale split or figure is 409; other units and districts get 404.
 */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { units } from '../../db/schema';
import { withSystemTx } from '../../db/tx';
import {
  buildTenant,
  buildUnit,
  buildUser,
  loginAs,
  type BuiltUser,
} from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

interface Share {
  id: string;
  unitId: string;
  targetValue: number;
  currentValue: number | null;
  version: number;
  progress: number | null;
  light: string | null;
  lightReasons: string[];
  abilities: { report: boolean };
}

describe.each(dbKinds())('target shares on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let leader: BuiltUser;
  let lead: BuiltUser;
  let cgjd: BuiltUser;
  let dmjd: BuiltUser;
  let outsider: BuiltUser;
  let streets: { CGJD: string; DMJD: string; XCJD: string };
  let sectionId: string;
  let taskId: string;
  let targetId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-01-05T02:00:00Z');
    const rsj = await buildUnit(t, { name: '区人社局' });
    streets = {
      CGJD: (await buildUnit(t, { name: '城关街道', kind: 'street' })).id,
      DMJD: (await buildUnit(t, { name: '东门街道', kind: 'street' })).id,
      XCJD: (await buildUnit(t, { name: '西城街道', kind: 'street' })).id,
    };
    sectionId = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(units).values({
        id: sectionId,
        tenantId: t.tenantId,
        code: `S${sectionId.slice(-6)}`,
        name: '社会事务科',
        kind: 'section',
        parentId: streets.CGJD,
      });
    });
    office = await buildUser(t, { roles: ['supervisor'] });
    leader = await buildUser(t, { roles: ['leader'] });
    lead = await buildUser(t, { roles: ['unit_operator'], unitId: rsj.id });
    cgjd = await buildUser(t, { roles: ['unit_operator'], unitId: streets.CGJD });
    dmjd = await buildUser(t, { roles: ['unit_head'], unitId: streets.DMJD });
    outsider = await buildUser(t, { roles: ['unit_operator'], unitId: (await buildUnit(t)).id });
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
          title: '稳定和扩大就业，全年新增城镇就业3000人',
          leadUnitId: rsj.id,
          coUnitIds: [streets.CGJD, streets.DMJD, streets.XCJD],
          startDate: '2026-01-01',
          dueDate: '2026-12-31',
          targets: [{ indicator: '新增城镇就业', unit: '人', targetValue: 3000, comparator: '>=' }],
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
    t.app.inject({ method: 'GET', url: `/api/v1/targets/${targetId}/shares`, headers: await headers(user) });
  const split = async (shares: object[], version: number, user = office) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/targets/${targetId}/shares`,
      headers: await headers(user),
      payload: { shares, version },
    });
  const report = async (shareId: string, currentValue: number, version: number, user: BuiltUser) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/target-shares/${shareId}`,
      headers: await headers(user),
      payload: { currentValue, version },
    });
  const jobs = (c: number, d: number, x: number) => [
    { unitId: streets.CGJD, targetValue: c },
    { unitId: streets.DMJD, targetValue: d },
    { unitId: streets.XCJD, targetValue: x },
  ];
  const shareOf = async (unitId: string): Promise<Share> =>
    ((await list(office)).json().items as Share[]).find((s) => s.unitId === unitId) as Share;
  const districtValue = async () =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${taskId}`, headers: await headers(office) })
    ).json().targets[0].currentValue;

  it('offers the split to the office only, before any share exists', async () => {
    const res = await list(office);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      indicator: '新增城镇就业',
      targetValue: 3000,
      comparator: '>=',
      items: [],
      splitVersion: 0,
      complete: true,
      abilities: { split: true },
    });
    expect((await list(lead)).json().abilities).toEqual({ split: false, propose: true, approve: false });
    expect((await list(leader)).json().abilities).toEqual({ split: false, propose: false, approve: false });
  });

  it('refuses shares that fall short with the exact difference, and stores nothing', async () => {
    const res = await split(jobs(1200, 1000, 700), 0);
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.message).toBe('各单位分解值合计 2900人，与区级目标 3000人 差 100人');
    expect(error.details).toMatchObject({
      fields: [{ path: 'shares', message: '各单位分解值合计 2900人，与区级目标 3000人 差 100人' }],
      problem: 'short',
      difference: 100,
      sum: 2900,
      required: 3000,
    });
    expect((await list(office)).json().items).toEqual([]);
  });

  it('refuses a unit named twice, a unit that does not exist, a section and another district’s unit', async () => {
    const twice = await split([...jobs(1200, 1000, 800), { unitId: streets.CGJD, targetValue: 1 }], 0);
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.details.fields[0].path).toBe('shares.3.unitId');
    const foreignUnit = (await buildUnit(t, { tenantId: await buildTenant(t) })).id;
    for (const unitId of [uuidv7(), sectionId, foreignUnit]) {
      const res = await split([...jobs(1200, 1000, 800).slice(0, 2), { unitId, targetValue: 800 }], 0);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details.fields[0].path).toBe('shares.2.unitId');
    }
    expect((await list(office)).json().items).toEqual([]);
  });

  it('lets no street nor leader split (403), and hides the target from other units and districts (404)', async () => {
    expect((await split(jobs(1200, 1000, 800), 0, cgjd)).statusCode).toBe(403);
    expect((await split(jobs(1200, 1000, 800), 0, leader)).statusCode).toBe(403);
    expect((await split(jobs(1200, 1000, 800), 0, outsider)).statusCode).toBe(404);
    expect((await list(outsider)).statusCode).toBe(404);
    const otherOffice = await buildUser(t, { tenantId: await buildTenant(t), roles: ['supervisor'] });
    expect((await list(otherOffice)).statusCode).toBe(404);
    expect((await split(jobs(1200, 1000, 800), 0, otherOffice)).statusCode).toBe(404);
    expect((await list(office)).json().items).toEqual([]);
  });

  it('stores a split that adds up, approved; a stale version is 409', async () => {
    const res = await split(jobs(1200, 1000, 800), 0);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ splitVersion: 1, sharesTotal: 3000, currentValue: null });
    expect(
      res.json().items.map((s: Share & { unitName: string; status: string }) => [s.unitName, s.targetValue]),
    ).toEqual([
      ['城关街道', 1200],
      ['东门街道', 1000],
      ['西城街道', 800],
    ]);
    expect(res.json().items.every((s: { status: string }) => s.status === 'approved')).toBe(true);
    expect((await split(jobs(1200, 1000, 800), 0)).statusCode).toBe(409);
  });

  it('shows a street only its own share; the lead unit and leaders see all', async () => {
    const mine = (await list(cgjd)).json();
    expect(mine).toMatchObject({
      complete: false,
      sharesTotal: 1200,
      abilities: { split: false, propose: false },
    });
    expect(mine.items.map((s: Share) => [s.unitId, s.targetValue, s.abilities.report])).toEqual([
      [streets.CGJD, 1200, true],
    ]);
    // The split is approved: the lead unit may no longer propose one.
    expect((await list(lead)).json()).toMatchObject({
      complete: true,
      sharesTotal: 3000,
      abilities: { propose: false },
    });
    expect((await split(jobs(1000, 1000, 1000), 1, lead)).statusCode).toBe(409);
    expect((await list(lead)).json().items.map((s: Share) => s.abilities.report)).toEqual([true, true, true]);
    expect((await list(leader)).json().items.map((s: Share) => s.abilities.report)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('takes figures from the share’s unit and the lead unit; the district value is the sum', async () => {
    const c = await shareOf(streets.CGJD);
    const d = await shareOf(streets.DMJD);
    // Another street's share does not exist for DMJD; a leader may see it but not report it.
    expect((await report(c.id, 999, c.version, dmjd)).statusCode).toBe(404);
    expect((await report(c.id, 999, c.version, leader)).statusCode).toBe(403);
    expect((await report(c.id, 999, c.version, outsider)).statusCode).toBe(404);
    const own = await report(c.id, 700, c.version, cgjd);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ currentValue: 700, version: 2, progress: 58.3 });
    expect((await report(c.id, 800, c.version, cgjd)).statusCode).toBe(409);
    expect((await report(d.id, 450, d.version, lead)).json()).toMatchObject({
      currentValue: 450,
      progress: 45,
    });
    expect(await districtValue()).toBe(1150);
    expect((await list(cgjd)).json().currentValue).toBe(1150);
  });

  it('lights each share on the task’s time: on pace green, half time under half yellow, nothing reported red', async () => {
    t.clock.set('2026-07-02T02:00:00Z');
    const [c, d, x] = [await shareOf(streets.CGJD), await shareOf(streets.DMJD), await shareOf(streets.XCJD)];
    expect([c.light, c.lightReasons]).toEqual(['green', []]);
    expect([d.light, d.lightReasons]).toEqual(['yellow', ['half_time_half_task']]);
    expect([x.light, x.progress]).toEqual(['red', null]);
    expect(x.lightReasons).toContain('behind_schedule');
  });

  it('keeps the sum on the task when an approved report carries another figure for the split target', async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/reports`,
      headers: await headers(lead),
      payload: {
        period: '2026-06',
        progress: 40,
        narrative: '上半年新增城镇就业',
        indicatorValues: [{ targetId, value: 2500 }],
      },
    });
    expect(submitted.statusCode).toBe(201);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${submitted.json().id}/review`,
      headers: await headers(office),
      payload: { decision: 'approve' },
    });
    expect(approved.statusCode).toBe(200);
    expect(await districtValue()).toBe(1150);
  });

  it('re-splits keeping a staying unit’s figure and dropping a removed unit; an empty list removes the split', async () => {
    const before = (await list(office)).json();
    expect(before.splitVersion).toBe(2);
    expect((await split(jobs(1500, 1500, 0).slice(0, 2), 1)).statusCode).toBe(409);
    const res = await split(
      [
        { unitId: streets.CGJD, targetValue: 1600 },
        { unitId: streets.XCJD, targetValue: 1400 },
      ],
      2,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((s: Share) => [s.unitId, s.targetValue, s.currentValue])).toEqual([
      [streets.CGJD, 1600, 700],
      [streets.XCJD, 1400, null],
    ]);
    expect(res.json()).toMatchObject({ splitVersion: 3, currentValue: 700 });
    expect(await districtValue()).toBe(700);
    // DMJD no longer holds a share: its figure is gone from the sum and its share from the list.
    expect((await list(dmjd)).json().items).toEqual([]);
    const removed = await split([], 3);
    // The split's version keeps growing when it is removed: a page that read version 0 cannot write again.
    expect(removed.json()).toMatchObject({ items: [], splitVersion: 4 });
    expect((await split(jobs(1200, 1000, 800), 0)).statusCode).toBe(409);
    const actions = (
      await queryRows<{ action: string }>(
        t.db.orm,
        sql`SELECT action FROM audit_events WHERE entity_type = 'target_share' ORDER BY seq`,
      )
    ).map((r) => r.action);
    expect(actions).toEqual([
      'target_share.split',
      'target_share.reported',
      'target_share.reported',
      'target_share.split',
      'target_share.split',
    ]);
  });
});
