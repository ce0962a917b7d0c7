/**
 * 等保2.0 level 3 controls on what the API answers (beside controls.int.test.ts): no secrets or internals in
 * responses, security headers, the login rate limit. Each test fails when its control is removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, loginAs } from '../helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

describe.each(dbKinds())('login rate limit on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { config: { loginRateLimitPerMinute: 5 } });
  });
  afterAll(async () => t.close());

  it('more than the allowed login attempts per minute from one address answer 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: `nobody${i}`, password: 'Wrong#pass1' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

describe.each(dbKinds())('等保2.0 level 3 controls: responses on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  let supervisor: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    auditor = await loginAs(t, await buildUser(t, { roles: ['auditor'] }));
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
  });
  afterAll(async () => t.close());

  const call = (cookie: string | undefined, method: string, url: string, payload?: object) =>
    t.app.inject({
      method: method as 'GET',
      url,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
    });

  it('a 500 carries no stack, path, SQL or key material; the log keeps the detail', async () => {
    // A sealed value damaged in the database makes reading it fail deep inside the driver's mapping.
    const victim = await buildUser(t, { roles: ['leader'], displayName: '损坏' });
    await t.db.rawQuery('UPDATE users SET phone = $1 WHERE id = $2', ['v1:test:AAAA:BBBB:CCCC', victim.id]);
    const res = await call(admin, 'GET', '/api/v1/users?q=' + encodeURIComponent('损坏'));
    expect(res.statusCode).toBe(500);
    expect(Object.keys(res.json())).toEqual(['error']);
    expect(res.json().error.code).toBe('INTERNAL');
    expect(res.body).not.toMatch(
      /\bat \w|\.ts:|node_modules|\/work\/|select |from "users"|v1:test|DataKeyError|stack/i,
    );
    await t.db.rawQuery('UPDATE users SET phone = NULL WHERE id = $1', [victim.id]);
  });

  it('no password hash, token or secret appears in any JSON the API answers', async () => {
    const bodies: string[] = [];
    for (const [cookie, url] of [
      [admin, '/api/v1/users?pageSize=100'],
      [admin, '/api/v1/me'],
      [auditor, '/api/v1/audit?limit=500'],
      [supervisor, '/api/v1/me'],
    ] as const) {
      const res = await call(cookie, 'GET', url);
      expect(res.statusCode, url).toBe(200);
      bodies.push(res.body);
    }
    const created = await call(admin, 'POST', '/api/v1/users', {
      username: 'nosecret1',
      displayName: '无密',
      roles: ['leader'],
      phone: '13700000000',
    });
    bodies.push(created.body);
    for (const body of bodies) {
      expect(body).not.toMatch(
        /\$argon2|passwordHash|password_hash|tokenHash|token_hash|totpSecret|totp_secret|recoveryCodes|v1:test:/,
      );
    }
  });

  it('security headers: CSP with frame-ancestors, nosniff, Referrer-Policy; no X-Powered-By', async () => {
    for (const url of ['/api/v1/health', '/', '/api/v1/nothing-here']) {
      const res = await call(undefined, 'GET', url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-powered-by'], url).toBeUndefined();
    }
  });
});
