/**
 * 容错纠错 (issue 16): a unit files against a criticism or an accountability action of its own; the office
 * prepares, a district leader rules; a grant gives back exactly the waived points, shown as waived with the
 * ruling, and marks the accountability action; a refusal changes nothing; other units see nothing (404);
 * what may be tolerated is a tenant setting.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

interface Evidence {
  id: string;
  reason: string;
  value?: number;
  waiver?: { id: string; points: number };
}
interface UnitResult {
  unitId: string;
  total: number;
  deductions: { items: Array<{ kind: string; count: number; points: number; evidence: Evidence[] }> };
}

describe.each(dbKinds())('tolerance requests on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let leader: BuiltUser;
  let admin: BuiltUser;
  let operatorA: BuiltUser;
  let operatorB: BuiltUser;
  let unitAId: string;
  let criticismId: string;
  let actionId: string;

  const call = async (user: BuiltUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: await loginAs(t, user) },
      ...(payload ? { payload } : {}),
    });
  // The unit's breakdown with its evidence lists (the results route counts them, issue 20).
  const unitA = async (): Promise<UnitResult> =>
    (await call(office, 'GET', `/api/v1/assessment/results/units/${unitAId}?year=2026`)).json().unit;
  const file = (user: BuiltUser, targetKind: string, targetId: string) =>
    call(user, 'POST', '/api/v1/tolerance-requests', {
      targetKind,
      targetId,
      circumstances: '为抢抓政策窗口先行先试，程序上有瑕疵，未谋私利',
      evidence: '区发改委情况说明；会议纪要',
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-03-05T02:00:00Z');
    const a = await buildUnit(t, { name: '区交通运输局' });
    unitAId = a.id;
    office = await buildUser(t, { roles: ['supervisor'] });
    leader = await buildUser(t, { roles: ['leader'] });
    admin = await buildUser(t, { roles: ['admin'] });
    operatorA = await buildUser(t, { roles: ['unit_operator'], unitId: a.id });
    operatorB = await buildUser(t, { roles: ['unit_operator'], unitId: (await buildUnit(t)).id });
    const bulletin = (await call(office, 'POST', '/api/v1/bulletins', { period: '2026-02' })).json();
    criticismId = (
      await call(office, 'POST', `/api/v1/bulletins/${bulletin.id}/remarks`, {
        kind: 'criticism',
        unitId: a.id,
        text: '征地工作推进迟缓',
      })
    ).json().id;
    await call(office, 'POST', `/api/v1/bulletins/${bulletin.id}/publish`);
    actionId = (
      await call(office, 'POST', '/api/v1/accountability', {
        type: 'admonishment',
        date: '2026-03-02',
        unitId: a.id,
        reason: '未按期完成征地',
      })
    ).json().id;
  });
  afterAll(async () => t.close());

  it('refuses a fact of another unit, an unknown fact, and a second request on the same fact', async () => {
    expect((await file(operatorB, 'bulletin_criticism', criticismId)).statusCode).toBe(422);
    expect((await file(operatorA, 'interview', criticismId)).statusCode).toBe(422);
    expect((await file(operatorA, 'red_light', 'not-a-fact')).statusCode).toBe(422);
    expect((await file(office, 'bulletin_criticism', criticismId)).statusCode).toBe(403);
  });

  it('a granted request gives back exactly the waived points, shown as waived with the ruling', async () => {
    const before = await unitA();
    const criticism = before.deductions.items.find((i) => i.kind === 'bulletin_criticism');
    expect(criticism).toMatchObject({ count: 1, points: 1 });

    const filed = await file(operatorA, 'bulletin_criticism', criticismId);
    expect(filed.statusCode).toBe(201);
    const request = filed.json();
    expect(request).toMatchObject({ status: 'filed', unitName: '区交通运输局' });
    expect(request.targetLabel).toContain('征地工作推进迟缓');
    expect((await file(operatorA, 'bulletin_criticism', criticismId)).statusCode).toBe(409);

    // Others: unit B gets 404 and an empty list; the unit cannot prepare; the leader cannot rule before the office.
    expect((await call(operatorB, 'GET', `/api/v1/tolerance-requests/${request.id}`)).statusCode).toBe(404);
    expect((await call(operatorB, 'GET', '/api/v1/tolerance-requests')).json().items).toEqual([]);
    const ruling = { decision: 'granted', reasons: '符合“三个区分开来”，予以容错', version: 1 };
    expect(
      (await call(leader, 'POST', `/api/v1/tolerance-requests/${request.id}/ruling`, ruling)).statusCode,
    ).toBe(409);
    const prepare = { opinion: '情况属实，建议予以容错', version: 1 };
    expect(
      (await call(operatorA, 'POST', `/api/v1/tolerance-requests/${request.id}/prepare`, prepare)).statusCode,
    ).toBe(403);
    const prepared = await call(office, 'POST', `/api/v1/tolerance-requests/${request.id}/prepare`, prepare);
    expect(prepared.json()).toMatchObject({ status: 'prepared', abilities: { prepare: true, rule: false } });
    expect(
      (await call(office, 'POST', `/api/v1/tolerance-requests/${request.id}/ruling`, ruling)).statusCode,
    ).toBe(403);
    expect(
      (
        await call(leader, 'POST', `/api/v1/tolerance-requests/${request.id}/ruling`, {
          ...ruling,
          version: 2,
          waivedPoints: 1,
        })
      ).statusCode,
    ).toBe(422);
    t.clock.set('2026-03-06T02:00:00Z');
    const ruled = await call(leader, 'POST', `/api/v1/tolerance-requests/${request.id}/ruling`, {
      ...ruling,
      version: 2,
    });
    expect(ruled.json()).toMatchObject({ status: 'granted', abilities: { prepare: false, rule: false } });

    const after = await unitA();
    expect(after.total - before.total).toBeCloseTo(1, 2);
    const item = after.deductions.items.find((i) => i.kind === 'bulletin_criticism');
    expect(item?.points).toBe(0);
    expect(item?.evidence).toEqual([
      expect.objectContaining({
        id: criticismId,
        reason: 'waived',
        value: 0,
        waiver: expect.objectContaining({ id: request.id, points: 1 }),
      }),
    ]);
    const inbox = (await call(operatorA, 'GET', '/api/v1/inbox')).json().items;
    expect(inbox).toContainEqual(expect.objectContaining({ kind: 'tolerance_ruled', entityId: request.id }));
  });

  it('a partial grant waives its points and marks the accountability action; a refusal changes nothing', async () => {
    const before = await unitA();
    const request = (await file(operatorA, 'accountability', actionId)).json();
    await call(office, 'POST', `/api/v1/tolerance-requests/${request.id}/prepare`, {
      opinion: '部分属实',
      version: 1,
    });
    const ruled = await call(leader, 'POST', `/api/v1/tolerance-requests/${request.id}/ruling`, {
      decision: 'partly_granted',
      waivedPoints: 0.5,
      reasons: '主观上无过错，客观上造成延误',
      version: 2,
    });
    expect(ruled.json()).toMatchObject({ status: 'partly_granted', waivedPoints: 0.5 });
    expect((await unitA()).total - before.total).toBeCloseTo(0.5, 2);
    const [marked] = await queryRows<{ tolerance_request_id: string | null }>(
      t.db.orm,
      sql`SELECT tolerance_request_id FROM accountability_actions WHERE id = ${actionId}`,
    );
    expect(marked?.tolerance_request_id).toBe(request.id);

    const interview = (
      await call(office, 'POST', '/api/v1/interviews', {
        date: '2026-03-03',
        unitId: unitAId,
        person: '张三',
        reason: '进度滞后',
      })
    ).json().id;
    const mid = (await unitA()).total;
    const refused = (await file(operatorA, 'interview', interview)).json();
    await call(office, 'POST', `/api/v1/tolerance-requests/${refused.id}/prepare`, {
      opinion: '不符合',
      version: 1,
    });
    await call(leader, 'POST', `/api/v1/tolerance-requests/${refused.id}/ruling`, {
      decision: 'refused',
      reasons: '属于工作失职',
      version: 2,
    });
    expect((await unitA()).total).toBe(mid);
    // A refused request may be filed again with new circumstances.
    expect((await file(operatorA, 'interview', interview)).statusCode).toBe(201);
  });

  it('what may be tolerated is a tenant setting', async () => {
    expect((await call(admin, 'PATCH', '/api/v1/settings', { 'tolerance.redLight': false })).statusCode).toBe(
      200,
    );
    const list = (await call(operatorA, 'GET', '/api/v1/tolerance-requests')).json();
    expect(list.tolerableKinds).not.toContain('red_light');
    expect(list.abilities.file).toBe(true);
    const res = await file(
      operatorA,
      'red_light',
      `${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}:2026-02`,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].path).toBe('targetKind');
  });
});
