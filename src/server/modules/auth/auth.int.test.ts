import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { buildUser, defaultPassword, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('auth on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t.close());

  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('logs in, sets an HttpOnly SameSite=Lax cookie, and /me answers', async () => {
    const user = await buildUser(t, { roles: ['supervisor'] });
    const res = await login(user.username, user.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      id: user.id,
      username: user.username,
      roles: ['supervisor'],
      mustChangePassword: false,
    });
    const cookie = res.cookies.find((c) => c.name === 'luoshi_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `luoshi_sid=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: user.id,
      username: user.username,
      displayName: '测试用户',
      unitId: null,
      roles: ['supervisor'],
    });
  });

  it('answers 401 INVALID_CREDENTIALS for a wrong password or an unknown user, alike', async () => {
    const user = await buildUser(t);
    const wrong = await login(user.username, 'Wrong#pass1');
    const unknown = await login('nobody-here', 'Wrong#pass1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('/me without a cookie, or with a forged one, is 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: 'luoshi_sid=forged' },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('locks the account after 5 failures within 15 minutes, for 15 minutes, and audits the lock', async () => {
    const user = await buildUser(t);
    for (let i = 0; i < 4; i++) expect((await login(user.username, 'Wrong#pass1')).statusCode).toBe(401);
    const fifth = await login(user.username, 'Wrong#pass1');
    // The lock is not told at the login (it would say that the account exists): the answer stays 401.
    expect(fifth.statusCode).toBe(401);
    expect(fifth.json().error.code).toBe('INVALID_CREDENTIALS');
    // Even the right password is refused while locked.
    expect((await login(user.username, defaultPassword)).json().error.code).toBe('INVALID_CREDENTIALS');
    const locks = await queryRows<{ n: number }>(
      t.db.orm,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.locked' AND entity_id = ${user.id}`,
    );
    expect(locks[0]?.n).toBe(1);
    t.clock.advance(15 * 60_000 + 1000);
    expect((await login(user.username, defaultPassword)).statusCode).toBe(200);
  });

  it('does not lock when the failures are spread over more than 15 minutes', async () => {
    const user = await buildUser(t);
    for (let i = 0; i < 4; i++) expect((await login(user.username, 'Wrong#pass1')).statusCode).toBe(401);
    t.clock.advance(16 * 60_000);
    expect((await login(user.username, 'Wrong#pass1')).statusCode).toBe(401);
    expect((await login(user.username, defaultPassword)).statusCode).toBe(200);
  });

  it('a success clears earlier failures', async () => {
    const user = await buildUser(t);
    for (let i = 0; i < 4; i++) await login(user.username, 'Wrong#pass1');
    expect((await login(user.username, defaultPassword)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(user.username, 'Wrong#pass1')).statusCode).toBe(401);
  });

  it('ends a session idle for more than 30 minutes, and keeps an active one alive', async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const me = () => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    t.clock.advance(29 * 60_000);
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await me()).statusCode).toBe(401);
    // Ended for good: it does not come back when asked again.
    expect((await me()).statusCode).toBe(401);
  });

  it('logout ends the session', async () => {
    const user = await buildUser(t);
    const cookie = await loginAs(t, user);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  describe('password change', () => {
    const change = (cookie: string, oldPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie },
        payload: { oldPassword, newPassword },
      });

    it('a new account must change its password before anything else', async () => {
      const user = await buildUser(t, { mustChangePassword: true, roles: ['admin'] });
      const cookie = await loginAs(t, user);
      const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie } });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json()
          .mustChangePassword,
      ).toBe(true);
      const ok = await change(cookie, user.password, 'NewPass#2024');
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user.mustChangePassword).toBe(false);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie } })).statusCode,
      ).toBe(200);
    });

    it('rejects a weak password with 422 WEAK_PASSWORD naming the field, and changes nothing', async () => {
      const user = await buildUser(t);
      const cookie = await loginAs(t, user);
      for (const weak of ['short1A', 'alllowercase1', 'ALLUPPER123', 'NoDigitsNoSymbols']) {
        const res = await change(cookie, user.password, weak);
        expect(res.statusCode).toBe(422);
        expect(res.json().error.code).toBe('WEAK_PASSWORD');
        expect(res.json().error.details.fields[0].path).toBe('newPassword');
      }
      await loginAs(t, user);
    });

    it('rejects a wrong old password', async () => {
      const user = await buildUser(t);
      const cookie = await loginAs(t, user);
      const res = await change(cookie, 'Not#thePass1', 'Fresh#Pass2024');
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('WRONG_PASSWORD');
    });

    it('refuses any of the last 3 passwords', async () => {
      const user = await buildUser(t);
      const cookie = await loginAs(t, user);
      expect((await change(cookie, user.password, 'Second#Pass1')).statusCode).toBe(200);
      expect((await change(cookie, 'Second#Pass1', 'Third#Pass1')).statusCode).toBe(200);
      const reuse = await change(cookie, 'Third#Pass1', user.password);
      expect(reuse.statusCode).toBe(422);
      expect(reuse.json().error.code).toBe('PASSWORD_REUSED');
      expect((await change(cookie, 'Third#Pass1', 'Second#Pass1')).json().error.code).toBe('PASSWORD_REUSED');
      expect((await change(cookie, 'Third#Pass1', 'Fourth#Pass1')).statusCode).toBe(200);
      // The first is now four passwords ago.
      expect((await change(cookie, 'Fourth#Pass1', user.password)).statusCode).toBe(200);
    });

    it('expires after 180 days, warning from 15 days before', async () => {
      const changedAt = new Date(t.clock.now().getTime() - 170 * 86_400_000);
      const user = await buildUser(t, { passwordChangedAt: changedAt });
      const cookie = await loginAs(t, user);
      const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json();
      expect(me.passwordExpiresInDays).toBe(10);
      expect(me.mustChangePassword).toBe(false);
      t.clock.advance(11 * 86_400_000);
      const cookie2 = await loginAs(t, user);
      const blocked = await t.app.inject({
        method: 'GET',
        url: '/api/v1/units',
        headers: { cookie: cookie2 },
      });
      expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    });
  });
});
