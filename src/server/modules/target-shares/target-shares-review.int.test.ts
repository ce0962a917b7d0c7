/**
 * Review findings on target shares (issue 15): two figures given at the same moment both count in the district
 * sum; two splits of the same version at the same moment store one and refuse the other (the target's row is
 * locked); a negative figure on an indicator that counts things is 422 with the field, and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

interface Share {
  id: string;
  unitId: string;
  currentValue: number | null;
  version: number;
}

describe.each(dbKinds())('target shares under load and bad figures on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let lead: BuiltUser;
  let streets: string[];
  let decisions = 0;
  const cookies = new Map<string, string>();
  const headers = async (user: BuiltUser) => {
    if (!cookies.has(user.id)) cookies.set(user.id, await loginAs(t, user));
    return { cookie: cookies.get(user.id) as string };
  };

  /** A running task "新增城镇就业 ≥ 3000 人" (or the given indicator) led by 区人社局 with the three streets. */
  const newTarget = async (indicator = '新增城镇就业', targetValue = 3000) => {
    const as = await headers(office);
    const decision = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: as,
        payload: {
          title: `全会 ${++decisions}`,
          kind: 'plenary',
          date: '2026-01-04',
          source: 'district_direct',
        },
      })
    ).json();
    const task = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        headers: as,
        payload: {
          decisionId: decision.id,
          title: `${indicator}${targetValue}`,
          leadUnitId: lead.unitId,
          coUnitIds: streets,
          startDate: '2026-01-01',
          dueDate: '2026-12-31',
          targets: [{ indicator, unit: '人', targetValue, comparator: '>=' }],
        },
      })
    ).json();
    await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${decision.id}/publish`, headers: as });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/accept`,
      headers: await headers(lead),
    });
    return { taskId: task.id as string, targetId: task.targets[0].id as string };
  };
  const split = async (targetId: string, values: number[], version: number) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/targets/${targetId}/shares`,
      headers: await headers(office),
      payload: { shares: values.map((v, i) => ({ unitId: streets[i], targetValue: v })), version },
    });
  const report = async (share: Share, currentValue: number) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/target-shares/${share.id}`,
      headers: await headers(lead),
      payload: { currentValue, version: share.version },
    });
  const sharesOf = async (targetId: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/targets/${targetId}/shares`,
        headers: await headers(office),
      })
    ).json() as { items: Share[]; currentValue: number | null; splitVersion: number };
  const districtValue = async (taskId: string) =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${taskId}`, headers: await headers(office) })
    ).json().targets[0].currentValue;

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-01-05T02:00:00Z');
    const rsj = await buildUnit(t, { name: '区人社局' });
    streets = [];
    for (const name of ['城关街道', '东门街道', '西城街道'])
      streets.push((await buildUnit(t, { name, kind: 'street' })).id);
    office = await buildUser(t, { roles: ['supervisor'] });
    lead = await buildUser(t, { roles: ['unit_operator'], unitId: rsj.id });
  });
  afterAll(async () => t.close());

  it('counts two figures given at the same moment on two shares in the district sum', async () => {
    const { taskId, targetId } = await newTarget();
    expect((await split(targetId, [1200, 1000, 800], 0)).statusCode).toBe(200);
    for (let round = 1; round <= 3; round++) {
      const [a, b, c] = (await sharesOf(targetId)).items as [Share, Share, Share];
      const res = await Promise.all([report(a, 100 * round), report(b, 200 * round), report(c, 300 * round)]);
      expect(res.map((r) => r.statusCode)).toEqual([200, 200, 200]);
      expect(await districtValue(taskId)).toBe(600 * round);
      expect((await sharesOf(targetId)).currentValue).toBe(600 * round);
    }
  });

  it('stores one of two splits of the same version given at the same moment, and refuses the other', async () => {
    const { targetId } = await newTarget();
    const res = await Promise.all([
      split(targetId, [1200, 1000, 800], 0),
      split(targetId, [1000, 1000, 1000], 0),
    ]);
    expect(res.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const stored = await sharesOf(targetId);
    const winner = res.find((r) => r.statusCode === 200)?.json();
    expect(stored.items.map((s) => s.version)).toEqual([1, 1, 1]);
    expect(stored.splitVersion).toBe(1);
    expect(stored.items.map((s) => s.id)).toEqual(winner.items.map((s: Share) => s.id));
  });

  it('refuses a negative share or figure on an indicator that counts, with the field; allows it on a growth rate', async () => {
    const { targetId } = await newTarget();
    const bad = await split(targetId, [3200, 0, -200], 0);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields).toEqual([
      { path: 'shares.2.targetValue', message: '该指标的分解值不能为负数' },
    ]);
    expect((await sharesOf(targetId)).items).toEqual([]);
    expect((await split(targetId, [1200, 1000, 800], 0)).statusCode).toBe(200);
    const [a] = (await sharesOf(targetId)).items as [Share];
    const negative = await report(a, -5);
    expect(negative.statusCode).toBe(422);
    expect(negative.json().error.details.fields[0].path).toBe('currentValue');
    expect((await sharesOf(targetId)).items[0]).toMatchObject({ currentValue: null, version: 1 });

    // A growth rate may fall below zero: a street's figure of -1.5 is taken.
    const growth = await newTarget('规上工业增加值增速', 6);
    expect((await split(growth.targetId, [2, 2, 2], 0)).statusCode).toBe(200);
    const [g] = (await sharesOf(growth.targetId)).items as [Share];
    expect((await report(g, -1.5)).json()).toMatchObject({ currentValue: -1.5 });
  });
});
