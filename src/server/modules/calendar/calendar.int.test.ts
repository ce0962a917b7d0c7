import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('working-day calendar on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let operator: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-03-02T02:00:00Z');
    office = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'] }));
  });
  afterAll(async () => t.close());

  const get = (cookie: string, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/v1/calendar${query}`, headers: { cookie } });
  const put = (cookie: string, date: string, payload: object) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/calendar/days/${date}`, headers: { cookie }, payload });

  it('ships this year and next: 2026 as announced (248 working days), 2027 as statutory holidays only', async () => {
    const res = await get(operator);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.year).toBe(2026);
    expect(body.national).toMatchObject({ official: true });
    expect(body.days.find((d: { date: string }) => d.date === '2026-02-14')).toMatchObject({
      kind: 'workday',
      name: '春节',
      origin: 'national',
    });
    // 365 days − 104 weekend days − 19 weekday holidays + 6 调休 days.
    expect(body.workingDays).toBe(365 - 104 - 19 + 6);
    const next = (await get(operator, '?year=2027')).json();
    expect(next.national).toMatchObject({ official: false });
    expect((await get(operator, '?year=2031')).json()).toMatchObject({ national: null, days: [] });
  });

  it('the office sets a day, changes it with its version, and removes it; each step audited', async () => {
    const set = await put(office, '2026-03-06', { kind: 'holiday', name: '区庆' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ kind: 'holiday', name: '区庆', version: 1 });
    // A second write without the version, or with a stale one, is a conflict and changes nothing.
    expect((await put(office, '2026-03-06', { kind: 'workday' })).statusCode).toBe(409);
    const changed = await put(office, '2026-03-06', { kind: 'holiday', name: '区庆日', version: 1 });
    expect(changed.json()).toMatchObject({ version: 2, name: '区庆日' });
    expect((await put(office, '2026-03-06', { kind: 'normal', version: 1 })).statusCode).toBe(409);
    const year = (await get(office)).json();
    expect(year.days.find((d: { date: string }) => d.date === '2026-03-06')).toMatchObject({
      origin: 'tenant',
      version: 2,
    });
    expect(year.workingDays).toBe(365 - 104 - 19 + 6 - 1);
    // Undo a shipped 调休 Saturday: the tenant entry says which national entry it replaces.
    await put(office, '2026-02-28', { kind: 'normal', name: '' });
    const feb = (await get(office)).json().days.find((d: { date: string }) => d.date === '2026-02-28');
    expect(feb).toMatchObject({ kind: 'normal', replaces: { kind: 'workday', name: '春节' } });
    const stale = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/days/2026-03-06?version=1',
      headers: { cookie: office },
    });
    expect(stale.statusCode).toBe(409);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/days/2026-03-06?version=2',
      headers: { cookie: office },
    });
    expect(removed.statusCode).toBe(204);
    const audit = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit?action=calendar.day_set',
        headers: { cookie: await loginAs(t, await buildUser(t, { roles: ['auditor'] })) },
      })
    ).json();
    expect(JSON.stringify(audit)).toContain('区庆日');
  });

  it('refuses a unit user (403), bad dates and kinds (422 naming the field), changing nothing', async () => {
    expect((await put(operator, '2026-03-09', { kind: 'holiday' })).statusCode).toBe(403);
    const badDate = await put(office, '2026-02-30', { kind: 'holiday' });
    expect(badDate.statusCode).toBe(422);
    expect(JSON.stringify(badDate.json().error.details)).toContain('date');
    const badKind = await put(office, '2026-03-09', { kind: 'festival' });
    expect(badKind.statusCode).toBe(422);
    expect(JSON.stringify(badKind.json().error.details)).toContain('kind');
    const days = (await get(office)).json().days.map((d: { date: string }) => d.date);
    expect(days).not.toContain('2026-03-09');
  });

  it('keeps each district to its own calendar', async () => {
    const other = await buildTenant(t);
    const otherOffice = await loginAs(t, await buildUser(t, { tenantId: other, roles: ['supervisor'] }));
    await put(otherOffice, '2026-03-10', { kind: 'holiday', name: '他区' });
    const mine = (await get(office)).json().days.map((d: { date: string }) => d.date);
    expect(mine).not.toContain('2026-03-10');
    // Removing the other district's entry from here: there is none here.
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/days/2026-03-10?version=1',
      headers: { cookie: office },
    });
    expect(res.statusCode).toBe(404);
  });
});
