/**
 * Issue #11, authentication findings: each test reproduces one finding of the outside test and fails
 * without its fix. The races run on PostgreSQL only (PGlite serialises every transaction).
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOTP, Secret } from 'otpauth';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/client';
import { withSystemTx } from '../../src/server/db/tx';
import { users } from '../../src/server/db/schema';
import { isSameOrigin } from '../../src/server/plugins/security';
import { buildUser, loginAs } from '../helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';
import { eq } from 'drizzle-orm';

describe.each(dbKinds())('authentication findings (#11) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t.close());

  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const cookieOf = (res: { cookies: Array<{ name: string; value: string }> }) =>
    `luoshi_sid=${res.cookies.find((c) => c.name === 'luoshi_sid')?.value}`;
  const failures = async (userId: string) =>
    (
      await queryRows<{ n: number }>(
        t.db.orm,
        sql`SELECT count(*)::int AS n FROM login_failures WHERE user_id = ${userId}`,
      )
    )[0]?.n;

  async function withTotp(roles: Parameters<typeof buildUser>[1] = {}) {
    const user = await buildUser(t, roles);
    const secret = new Secret({ size: 20 }).base32;
    await withSystemTx(t.db, async (tx) => {
      await tx
        .update(users)
        .set({ totpSecret: secret, totpEnabledAt: t.clock.now() })
        .where(eq(users.id, user.id));
    });
    const code = (offset = 0) =>
      new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({
        timestamp: t.clock.now().getTime() + offset * 30_000,
      });
    return { user, code };
  }

  it('2: a right password does not clear the failures before the second factor; wrong codes add up to a lock', async () => {
    const { user, code } = await withTotp({ roles: ['leader'] });
    const wrong = code() === '000000' ? '111111' : '000000';
    let lockedAt = -1;
    for (let round = 0; round < 3 && lockedAt < 0; round++) {
      const pw = await login(user.username, user.password);
      if (pw.statusCode !== 200) {
        lockedAt = round;
        break;
      }
      for (let i = 0; i < 4; i++) {
        const res = await call(cookieOf(pw), 'POST', '/api/v1/auth/totp/verify', { code: wrong });
        if (res.statusCode === 423) lockedAt = round;
        if (res.statusCode !== 422) break;
      }
    }
    // 5 wrong codes within the window lock the account during the second round.
    expect(lockedAt).toBe(1);
    expect((await login(user.username, user.password)).statusCode).toBe(401);
  });

  it('2: a completed second factor clears the counter; without TOTP the password clears it at once', async () => {
    const { user, code } = await withTotp({ roles: ['leader'] });
    await login(user.username, 'Wrong#pass1');
    const pw = await login(user.username, user.password);
    expect(await failures(user.id)).toBe(1);
    expect((await call(cookieOf(pw), 'POST', '/api/v1/auth/totp/verify', { code: code() })).statusCode).toBe(
      200,
    );
    expect(await failures(user.id)).toBe(0);
    const plain = await buildUser(t, { roles: ['leader'] });
    await login(plain.username, 'Wrong#pass1');
    await login(plain.username, plain.password);
    expect(await failures(plain.id)).toBe(0);
  });

  it('7: wrong current passwords on /auth/password and /auth/totp/disable count toward the lockout; the lock ends the session', async () => {
    const user = await buildUser(t, { roles: ['leader'] });
    const cookie = await loginAs(t, user);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (
          await call(cookie, 'POST', '/api/v1/auth/password', {
            oldPassword: 'Wrong#pass1',
            newPassword: 'Another#pass2',
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([422, 422, 422, 422, 423]);
    expect((await call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await login(user.username, user.password)).statusCode).toBe(401);

    const { user: other, code } = await withTotp({ roles: ['leader'] });
    const pw = await login(other.username, other.password);
    await call(cookieOf(pw), 'POST', '/api/v1/auth/totp/verify', { code: code() });
    for (let i = 0; i < 4; i++)
      await call(cookieOf(pw), 'POST', '/api/v1/auth/totp/disable', {
        password: 'Wrong#pass1',
        code: code(),
      });
    expect(
      (
        await call(cookieOf(pw), 'POST', '/api/v1/auth/totp/disable', {
          password: 'Wrong#pass1',
          code: code(),
        })
      ).statusCode,
    ).toBe(423);
    expect((await call(cookieOf(pw), 'GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('8: disabling an account ends its sessions, so re-enabling it does not revive them; a role change ends them too', async () => {
    const admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    const user = await buildUser(t, { roles: ['leader'] });
    const cookie = await loginAs(t, user);
    expect(
      (await call(admin, 'PATCH', `/api/v1/users/${user.id}`, { version: 1, active: false })).statusCode,
    ).toBe(200);
    expect(
      (await call(admin, 'PATCH', `/api/v1/users/${user.id}`, { version: 2, active: true })).statusCode,
    ).toBe(200);
    expect((await call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const again = await loginAs(t, user);
    expect(
      (await call(admin, 'PATCH', `/api/v1/users/${user.id}`, { version: 3, roles: ['supervisor'] }))
        .statusCode,
    ).toBe(200);
    expect((await call(again, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('11: a locked account answers a wrong password exactly like an unknown user (401 INVALID_CREDENTIALS)', async () => {
    const user = await buildUser(t, { roles: ['leader'] });
    for (let i = 0; i < 5; i++) await login(user.username, 'Wrong#pass1');
    const locked = await login(user.username, 'Wrong#pass1');
    const unknown = await login('no-such-user', 'Wrong#pass1');
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual(unknown.json());
  });

  it('11: a session ends 12 hours after login however busy it is (setting session.maxHours)', async () => {
    const user = await buildUser(t, { roles: ['leader'] });
    const cookie = await loginAs(t, user);
    for (let h = 0; h < 12 * 4; h++) {
      t.clock.advance(15 * 60_000);
      const res = await call(cookie, 'GET', '/api/v1/me');
      if (h < 12 * 4 - 1) expect(res.statusCode, `after ${(h + 1) / 4} h`).toBe(200);
      else expect(res.statusCode).toBe(200);
    }
    t.clock.advance(60_000);
    expect((await call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('11: the Origin check compares scheme, host and port', async () => {
    expect(isSameOrigin('http://localhost:3000', 'http://localhost:3000')).toBe(true);
    expect(isSameOrigin('https://localhost:3000', 'http://localhost:3000')).toBe(false);
    expect(isSameOrigin('http://localhost:3001', 'http://localhost:3000')).toBe(false);
    const admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie: admin, host: 'localhost:3000', origin: 'https://localhost:3000' },
      payload: { name: '跨站', code: 'XSCHEME', kind: 'other' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CROSS_ORIGIN');
  });

  it('11: an over-long URL is answered 431 in the API error format', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: `/api/v1/tasks?q=${'x'.repeat(40_000)}` },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(431);
    expect(JSON.parse(body).error.code).toBe('HEADERS_TOO_LARGE');
  });

  it('5: 三员分立 — no own role change, the last admin/auditor/security officer kept, their credentials not reset by the admin, security settings the security officer’s', async () => {
    const adminUser = await buildUser(t, { roles: ['admin'] });
    const admin = await loginAs(t, adminUser);
    const own = await call(admin, 'PATCH', `/api/v1/users/${adminUser.id}`, {
      version: 1,
      roles: ['supervisor'],
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('OWN_ROLES');
    const auditor = await buildUser(t, { roles: ['auditor'] });
    const reset = await call(admin, 'POST', `/api/v1/users/${auditor.id}/reset-password`);
    expect(reset.statusCode).toBe(403);
    expect(reset.json().error.code).toBe('CREDENTIAL_RESET_BY_CLI');
    expect((await call(admin, 'POST', `/api/v1/users/${auditor.id}/reset-totp`)).json().error.code).toBe(
      'CREDENTIAL_RESET_BY_CLI',
    );
    // Make this auditor the district's only active one, then try to remove or disable it.
    await withSystemTx(t.db, (tx) =>
      tx.execute(sql`UPDATE users SET active = false WHERE 'auditor' = ANY(roles) AND id <> ${auditor.id}`),
    );
    const last = await call(admin, 'PATCH', `/api/v1/users/${auditor.id}`, { version: 1, active: false });
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('LAST_ROLE_HOLDER');
    const security = await buildUser(t, { roles: ['security_officer'] });
    const granted = await call(admin, 'PATCH', `/api/v1/users/${security.id}`, {
      version: 1,
      roles: ['security_officer', 'leader'],
    });
    expect(granted.json().error.code).toBe('ROLE_CONFLICT');
    expect((await call(admin, 'PATCH', '/api/v1/settings', { 'login.maxFailures': 10 })).statusCode).toBe(
      403,
    );
    const officer = await loginAs(t, security);
    expect((await call(officer, 'PATCH', '/api/v1/settings', { 'login.maxFailures': 6 })).statusCode).toBe(
      200,
    );
    expect((await call(officer, 'PATCH', '/api/v1/settings', { 'lights.redGap': 40 })).statusCode).toBe(403);
    expect((await call(officer, 'GET', '/api/v1/decisions')).statusCode).toBe(403);
    await call(officer, 'PATCH', '/api/v1/settings', { 'login.maxFailures': 5 });
  });

  it.runIf(kind === 'postgres')(
    '4: on PostgreSQL, simultaneous wrong passwords are checked no more than the limit, and one TOTP code is accepted once',
    async () => {
      const user = await buildUser(t, { roles: ['leader'] });
      const results = await Promise.all(
        Array.from({ length: 25 }, () => login(user.username, 'Wrong#pass1')),
      );
      expect(results.every((r) => r.statusCode === 401)).toBe(true);
      const checked = await queryRows<{ n: number }>(
        t.db.orm,
        sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ${user.id} AND action = 'auth.login_failed' AND diff->'after'->>'reason' = 'wrong_password'`,
      );
      expect(checked[0]?.n).toBe(5);

      const { user: totpUser, code } = await withTotp({ roles: ['leader'] });
      const pending = await Promise.all(
        Array.from({ length: 4 }, () => login(totpUser.username, totpUser.password)),
      );
      const good = code();
      const verified = await Promise.all(
        pending.map((p) => call(cookieOf(p), 'POST', '/api/v1/auth/totp/verify', { code: good })),
      );
      expect(verified.filter((r) => r.statusCode === 200)).toHaveLength(1);
    },
  );
});
