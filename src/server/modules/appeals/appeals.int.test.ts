/**
 * 公示与申诉 (issue 17): the office publishes a finalized year for a window of working days; during it a unit
 * appeals a component, a deduction or a veto of its own result; the office rules; an upheld ruling finalizes a
 * new version whose total differs by exactly what the ruling gives back, the old version intact. Outside the
 * window 422; another unit's item 404 and nothing changes; units are told.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

interface UnitResult {
  unitId: string;
  total: number;
  isVetoed: boolean;
  components: Array<{ key: string; raw: number | null; effectiveWeight: number }>;
  deductions: {
    items: Array<{ kind: string; evidence: Array<{ id: string; kind: string; reason: string }> }>;
  };
}

describe.each(dbKinds())('results published with appeals on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let operatorA: BuiltUser;
  let operatorB: BuiltUser;
  let unitAId: string;
  let interviewId: string;
  let vetoEventId: string;

  const call = async (user: BuiltUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: await loginAs(t, user) },
      ...(payload ? { payload } : {}),
    });
  // The unit's breakdown in a finalized version, with its evidence lists (the results count them, issue 20).
  const unitA = async (version: number): Promise<UnitResult> =>
    (
      await call(office, 'GET', `/api/v1/assessment/results/units/${unitAId}?year=2026&version=${version}`)
    ).json().unit;
  const appeal = (user: BuiltUser, targetKind: string, targetKey: string) =>
    call(user, 'POST', '/api/v1/assessment/appeals', {
      year: 2026,
      targetKind,
      targetKey,
      reasons: '该事项已按期整改到位，有会议纪要为证',
    });
  const appealCount = async () =>
    Number(
      (await queryRows<{ n: string }>(t.db.orm, sql`SELECT count(*) AS n FROM assessment_appeals`))[0]?.n,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2027-01-05T02:00:00Z'); // a Tuesday
    const a = await buildUnit(t, { name: '区水利局' });
    unitAId = a.id;
    office = await buildUser(t, { roles: ['supervisor'] });
    operatorA = await buildUser(t, { roles: ['unit_operator'], unitId: a.id });
    operatorB = await buildUser(t, { roles: ['unit_operator'], unitId: (await buildUnit(t)).id });
    await call(office, 'POST', '/api/v1/assessment/entries', {
      kind: 'satisfaction',
      year: 2026,
      unitId: a.id,
      period: '2026',
      score: 70,
    });
    vetoEventId = (
      await call(office, 'POST', '/api/v1/assessment/entries', {
        kind: 'veto',
        year: 2026,
        unitId: a.id,
        vetoKind: 'discipline_case',
        title: '某违纪案件',
        date: '2026-06-01',
      })
    ).json().id;
    interviewId = (
      await call(office, 'POST', '/api/v1/interviews', {
        date: '2026-03-03',
        unitId: a.id,
        person: '张三',
        reason: '进度滞后',
      })
    ).json().id;
    expect((await call(office, 'POST', '/api/v1/assessment/results/2026/finalize', {})).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('no appeal before publication; the office publishes once, for 5 working days; units are told', async () => {
    const early = await appeal(operatorA, 'deduction', `interview:${interviewId}`);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('APPEAL_WINDOW_CLOSED');
    expect(
      (await call(operatorA, 'POST', '/api/v1/assessment/results/2026/publication', { isPublic: true }))
        .statusCode,
    ).toBe(403);
    const published = await call(office, 'POST', '/api/v1/assessment/results/2026/publication', {
      isPublic: true,
    });
    expect(published.statusCode).toBe(201);
    expect(published.json().publication).toMatchObject({
      publishedOn: '2027-01-05',
      windowEndsOn: '2027-01-12',
      isWindowOpen: true,
      isFinal: false,
      isPublic: true,
    });
    expect(
      (await call(office, 'POST', '/api/v1/assessment/results/2026/publication', { isPublic: false }))
        .statusCode,
    ).toBe(409);
    const seen = (await call(operatorA, 'GET', '/api/v1/assessment/results/2026/publication')).json();
    expect(seen.abilities).toEqual({ publish: false, update: false, appeal: true });
    const [notice] = await queryRows<{ title: string }>(
      t.db.orm,
      sql`SELECT title FROM notifications WHERE user_id = ${operatorA.id} AND kind = 'assessment_published'`,
    );
    expect(notice?.title).toContain('公示期至2027-01-12');
  });

  it('another unit cannot appeal an item of A’s result (404) and nothing is written', async () => {
    const before = await appealCount();
    expect((await appeal(operatorB, 'deduction', `interview:${interviewId}`)).statusCode).toBe(404);
    expect((await appeal(operatorB, 'veto', vetoEventId)).statusCode).toBe(404);
    expect((await appeal(operatorA, 'deduction', 'interview:not-a-fact')).statusCode).toBe(404);
    expect(await appealCount()).toBe(before);
  });

  it('an upheld ruling finalizes a new version with the total changed by exactly the deduction; v1 intact', async () => {
    const v1 = await unitA(1);
    const filed = await appeal(operatorA, 'deduction', `interview:${interviewId}`);
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({ status: 'pending', points: 1, abilities: { rule: false } });
    expect((await appeal(operatorA, 'deduction', `interview:${interviewId}`)).statusCode).toBe(409);
    const offices = await queryRows<{ n: string }>(
      t.db.orm,
      sql`SELECT count(*) AS n FROM notifications WHERE user_id = ${office.id} AND kind = 'appeal_filed'`,
    );
    expect(Number(offices[0]?.n)).toBe(1);
    // The unit cannot rule on its own appeal; a ruling without reasons changes nothing.
    expect(
      (
        await call(operatorA, 'POST', `/api/v1/assessment/appeals/${filed.json().id}/ruling`, {
          decision: 'upheld',
          reasons: '同意',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call(office, 'POST', `/api/v1/assessment/appeals/${filed.json().id}/ruling`, {
          decision: 'upheld',
          reasons: '',
          version: 1,
        })
      ).statusCode,
    ).toBe(422);
    const ruled = await call(office, 'POST', `/api/v1/assessment/appeals/${filed.json().id}/ruling`, {
      decision: 'upheld',
      reasons: '约谈事由已查明不实',
      version: 1,
    });
    expect(ruled.statusCode).toBe(200);
    expect(ruled.json()).toMatchObject({ status: 'upheld', newResultVersion: 2 });
    const v2 = await unitA(2);
    expect(v2.total - v1.total).toBeCloseTo(1, 2);
    const evidence = v2.deductions.items.flatMap((i) => i.evidence).find((e) => e.id === interviewId);
    expect(evidence?.reason).toBe('waived');
    expect((await unitA(1)).total).toBe(v1.total);
    const v2meta = (await call(office, 'GET', '/api/v1/assessment/results?year=2026&version=2')).json()
      .finalized;
    expect(v2meta.reason).toContain('申诉复核');
    const again = await call(office, 'POST', `/api/v1/assessment/appeals/${filed.json().id}/ruling`, {
      decision: 'rejected',
      reasons: '再议',
      version: ruled.json().version,
    });
    expect(again.statusCode).toBe(409);
    const [told] = await queryRows<{ title: string }>(
      t.db.orm,
      sql`SELECT title FROM notifications WHERE user_id = ${operatorA.id} AND kind = 'appeal_ruled'`,
    );
    expect(told?.title).toContain('予以支持');
  });

  it('a partly upheld component ruling sets the raw score; a rejected veto appeal makes no new version', async () => {
    const v2 = await unitA(2);
    const component = (await appeal(operatorA, 'component', 'satisfaction')).json();
    expect(component.points).toBe(70);
    const bad = await call(office, 'POST', `/api/v1/assessment/appeals/${component.id}/ruling`, {
      decision: 'partly_upheld',
      reasons: '部分采纳',
      version: 1,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields[0].path).toBe('raw');
    const ruled = await call(office, 'POST', `/api/v1/assessment/appeals/${component.id}/ruling`, {
      decision: 'partly_upheld',
      reasons: '部分采纳，调整为80分',
      raw: 80,
      version: 1,
    });
    expect(ruled.json().newResultVersion).toBe(3);
    const v3 = await unitA(3);
    const weight = v3.components.find((c) => c.key === 'satisfaction')?.effectiveWeight ?? 0;
    expect(v3.components.find((c) => c.key === 'satisfaction')?.raw).toBe(80);
    expect(v3.total - v2.total).toBeCloseTo((10 * weight) / 100, 1);

    const veto = (await appeal(operatorA, 'veto', vetoEventId)).json();
    const rejected = await call(office, 'POST', `/api/v1/assessment/appeals/${veto.id}/ruling`, {
      decision: 'rejected',
      reasons: '案件属实',
      version: 1,
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', newResultVersion: null });
    expect(
      (await call(office, 'GET', '/api/v1/assessment/results/2026/publication')).json().latestVersion,
    ).toBe(3);
    expect((await unitA(3)).isVetoed).toBe(true);
  });

  it('the public results page shows names, totals, ranks and grades of the latest version, no ids', async () => {
    const json = (await t.app.inject({ method: 'GET', url: '/public/api/default/results' })).json();
    expect(json.results).toMatchObject({
      year: 2026,
      version: 3,
      isFinal: false,
      windowEndsOn: '2027-01-12',
    });
    const unit = json.results.groups
      .flatMap((g: { units: unknown[] }) => g.units)
      .find((u: { unit: string }) => u.unit === '区水利局');
    expect(unit.total).toBe((await unitA(3)).total);
    expect(JSON.stringify(json)).not.toContain(unitAId);
    const page = await t.app.inject({ method: 'GET', url: '/public/default/results' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('公示中');
    expect(page.body).toContain('区水利局');
  });

  it('a unit sees only its own appeals; after the window no appeal is taken and the results are final', async () => {
    expect((await call(operatorB, 'GET', '/api/v1/assessment/appeals?year=2026')).json().items).toEqual([]);
    expect((await call(operatorA, 'GET', '/api/v1/assessment/appeals?year=2026')).json().items).toHaveLength(
      3,
    );
    expect((await call(office, 'GET', '/api/v1/assessment/appeals?year=2026')).json().items).toHaveLength(3);
    t.clock.set('2027-01-13T02:00:00Z');
    const late = await appeal(operatorA, 'veto', vetoEventId);
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe('APPEAL_WINDOW_CLOSED');
    const pub = (await call(operatorA, 'GET', '/api/v1/assessment/results/2026/publication')).json();
    expect(pub.publication).toMatchObject({ isWindowOpen: false, isFinal: true });
    expect(pub.abilities.appeal).toBe(false);
    const page = await t.app.inject({ method: 'GET', url: '/public/default/results' });
    expect(page.body).toContain('已公示期满');
  });
});
