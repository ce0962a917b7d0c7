import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('settings on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
  });
  afterAll(async () => t.close());

  const patch = (payload: object) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers: { cookie: admin }, payload });

  it('the administrator and the security officer change their settings and they take effect (a shorter idle timeout ends sessions sooner)', async () => {
    const user = await buildUser(t, { roles: ['leader'] });
    const cookie = await loginAs(t, user);
    const security = await loginAs(t, await buildUser(t, { roles: ['security_officer'] }));
    expect((await patch({ 'reports.requireUnitHeadSignOff': true })).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: security },
      payload: { 'session.idleMinutes': 10 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      'session.idleMinutes': 10,
      'reports.requireUnitHeadSignOff': true,
      'lights.redGap': 30,
    });
    t.clock.advance(11 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('refuses unknown keys, values out of range and a yellow threshold above the red one, changing nothing', async () => {
    const admin2 = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: admin2 },
      payload: { 'no.such': 1, 'lights.dueSoonDays': -1, 'lights.yellowGap': 40 },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['lights.dueSoonDays', 'lights.yellowGap', 'no.such']);
    const now = (
      await t.app.inject({ method: 'GET', url: '/api/v1/settings', headers: { cookie: admin2 } })
    ).json();
    expect(now['lights.dueSoonDays']).toBe(3);
  });

  it('each role is told which settings it may edit', async () => {
    const keysOf = async (roles: Role[]) => {
      const cookie = await loginAs(t, await buildUser(t, { roles }));
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/settings/abilities',
        headers: { cookie },
      });
      expect(res.statusCode).toBe(200);
      return res.json().editableKeys as string[];
    };
    const security = await keysOf(['security_officer']);
    expect(security).toContain('password.minLength');
    expect(security).toContain('security.totpRequiredRoles');
    expect(security.every((k) => /^(password|login|session|security)\./.test(k))).toBe(true);
    const admin = await keysOf(['admin']);
    expect(admin).toContain('lights.redGap');
    expect(admin.some((k) => /^(password|login|session|security)\./.test(k))).toBe(false);
    expect(await keysOf(['leader'])).toEqual([]);
  });
});
