import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('units on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
  });
  afterAll(async () => t.close());

  const post = (payload: object, cookie = admin) =>
    t.app.inject({ method: 'POST', url: '/api/v1/units', headers: { cookie }, payload });
  const patch = (id: string, payload: object, cookie = admin) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/units/${id}`, headers: { cookie }, payload });

  it('creates, lists, filters and updates a unit', async () => {
    const created = await post({ name: '区发展和改革委员会', code: 'FGW', kind: 'department' });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({
      name: '区发展和改革委员会',
      code: 'FGW',
      kind: 'department',
      parentId: null,
      active: true,
      version: 1,
    });
    await post({ name: '城关街道', code: 'CGJD', kind: 'street' });
    const streets = await t.app.inject({
      method: 'GET',
      url: '/api/v1/units?kind=street',
      headers: { cookie: admin },
    });
    expect(streets.json().items.map((u: { code: string }) => u.code)).toEqual(['CGJD']);
    const byText = await t.app.inject({
      method: 'GET',
      url: `/api/v1/units?q=${encodeURIComponent('发展')}`,
      headers: { cookie: admin },
    });
    expect(byText.json().items.map((u: { code: string }) => u.code)).toEqual(['FGW']);
    const updated = await patch(unit.id, { version: 1, name: '区发展改革委' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ name: '区发展改革委', version: 2 });
  });

  it('keeps a town (乡镇) apart from a street, so the default scheme can group both', async () => {
    const town = await post({ name: '青山镇', code: 'QSZ', kind: 'town' });
    expect(town.statusCode).toBe(201);
    expect(town.json()).toMatchObject({ kind: 'town' });
    const towns = await t.app.inject({
      method: 'GET',
      url: '/api/v1/units?kind=town',
      headers: { cookie: admin },
    });
    expect(towns.json().items.map((u: { code: string }) => u.code)).toEqual(['QSZ']);
    expect((await post({ name: '某村', code: 'MC', kind: 'village' })).statusCode).toBe(422);
  });

  it('answers 409 VERSION_CONFLICT to a stale version, saying who changed it, and changes nothing', async () => {
    const unit = (await post({ name: '区财政局', code: 'CZJ', kind: 'department' })).json();
    expect((await patch(unit.id, { version: 1, name: '区财政局（改）' })).statusCode).toBe(200);
    const stale = await patch(unit.id, { version: 1, name: '过期的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(stale.json().error.details).toMatchObject({ currentVersion: 2, updatedBy: '测试用户' });
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/units?q=CZJ',
      headers: { cookie: admin },
    });
    expect(list.json().items[0].name).toBe('区财政局（改）');
  });

  it('rejects a duplicate code with 409 naming the field', async () => {
    await post({ name: '区教育局', code: 'JYJ', kind: 'department' });
    const dup = await post({ name: '另一个教育局', code: 'JYJ', kind: 'department' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'DUPLICATE', details: { field: 'code' } });
  });

  it('refuses a parent that would make a cycle', async () => {
    const a = (await post({ name: '甲', code: 'CYA', kind: 'other' })).json();
    const b = (await post({ name: '乙', code: 'CYB', kind: 'other', parentId: a.id })).json();
    const res = await patch(a.id, { version: a.version, parentId: b.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].path).toBe('parentId');
  });

  it("another tenant's unit answers 404 and is unchanged", async () => {
    const other = await buildTenant(t);
    const foreign = await buildUnit(t, { tenantId: other, name: '外区单位' });
    const res = await patch(foreign.id, { version: 1, name: '被篡改' });
    expect(res.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie: admin } });
    expect(list.json().items.find((u: { id: string }) => u.id === foreign.id)).toBeUndefined();
  });

  it('unit users may read units but not create them', async () => {
    const unit = await buildUnit(t);
    const operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unit.id }));
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie: operator } })).statusCode,
    ).toBe(200);
    const res = await post({ name: '越权', code: 'NOPE', kind: 'other' }, operator);
    expect(res.statusCode).toBe(403);
  });
});
