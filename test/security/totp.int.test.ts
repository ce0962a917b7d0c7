/**
 * 等保2.0 level 3: a second login factor. TOTP (RFC 6238) with one-time recovery codes; a pending session
 * can do nothing but give the code; roles named in security.totpRequiredRoles must enrol before anything else.
 */
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/client';
import { sql } from 'drizzle-orm';
import { buildUser, defaultPassword, loginAs } from '../helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

describe.each(dbKinds())('TOTP second factor on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t.close());

  const code = (secret: string, offsetSteps = 0) =>
    new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({
      timestamp: t.clock.now().getTime() + offsetSteps * 30_000,
    });
  const post = (cookie: string | undefined, url: string, payload?: object) =>
    t.app.inject({
      method: 'POST',
      url,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
    });
  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  async function enrol(cookie: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await post(cookie, '/api/v1/auth/totp/setup');
    expect(setup.statusCode, setup.body).toBe(200);
    const { secret, otpauthUri, qrDataUrl } = setup.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(otpauthUri).toContain('algorithm=SHA1');
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(
      (
        await post(cookie, '/api/v1/auth/totp/enable', {
          code: '000000' === code(secret) ? '111111' : '000000',
        })
      ).json().error.code,
    ).toBe('INVALID_TOTP_CODE');
    const enabled = await post(cookie, '/api/v1/auth/totp/enable', { code: code(secret) });
    expect(enabled.statusCode, enabled.body).toBe(200);
    const { recoveryCodes } = enabled.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    return { secret, recoveryCodes };
  }

  async function passwordStep(user: { username: string; password: string }): Promise<string> {
    const res = await post(undefined, '/api/v1/auth/login', {
      username: user.username,
      password: user.password,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ mfaRequired: true, user: { mfaPending: true } });
    return `luoshi_sid=${res.cookies.find((c) => c.name === 'luoshi_sid')?.value}`;
  }

  it('after the password, a pending session reaches only /me, logout and the code; the code completes the login once', async () => {
    const user = await buildUser(t, { roles: ['supervisor'] });
    const { secret } = await enrol(await loginAs(t, user));
    t.clock.advance(60_000);
    const pending = await passwordStep(user);
    for (const url of ['/api/v1/decisions', '/api/v1/settings', '/api/v1/inbox']) {
      const res = await get(pending, url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('MFA_REQUIRED');
    }
    expect((await post(pending, '/api/v1/auth/totp/setup')).json().error.code).toBe('MFA_REQUIRED');
    expect((await get(pending, '/api/v1/me')).json()).toMatchObject({ mfaPending: true, totpEnabled: true });
    const good = code(secret);
    const ok = await post(pending, '/api/v1/auth/totp/verify', { code: good });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().user.mfaPending).toBe(false);
    expect((await get(pending, '/api/v1/decisions')).statusCode).toBe(200);
    // The same code again, on a new login within its step, is a replay.
    const again = await passwordStep(user);
    const replay = await post(again, '/api/v1/auth/totp/verify', { code: good });
    expect(replay.statusCode).toBe(422);
    expect(replay.json().error.code).toBe('INVALID_TOTP_CODE');
    // One step of drift is accepted (the next step's code, not yet used).
    expect((await post(again, '/api/v1/auth/totp/verify', { code: code(secret, 1) })).statusCode).toBe(200);
    const events = await queryRows<{ action: string }>(
      t.db.orm,
      sql`SELECT action FROM audit_events WHERE entity_id = ${user.id} ORDER BY seq`,
    );
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'auth.totp_setup',
        'auth.totp_enabled',
        'auth.totp_verified',
        'auth.login_failed',
      ]),
    );
  });

  it('a recovery code works once; wrong codes count toward the lockout, which ends the pending session', async () => {
    const user = await buildUser(t, { roles: ['leader'] });
    const { recoveryCodes } = await enrol(await loginAs(t, user));
    const [first] = recoveryCodes as [string];
    const pending = await passwordStep(user);
    expect(
      (await post(pending, '/api/v1/auth/totp/verify', { recoveryCode: first.toUpperCase() })).statusCode,
    ).toBe(200);
    const again = await passwordStep(user);
    expect((await post(again, '/api/v1/auth/totp/verify', { recoveryCode: first })).json().error.code).toBe(
      'INVALID_TOTP_CODE',
    );
    const audit = await queryRows<{ action: string }>(
      t.db.orm,
      sql`SELECT action FROM audit_events WHERE entity_id = ${user.id} AND action = 'auth.recovery_code_used'`,
    );
    expect(audit).toHaveLength(1);
    // 1 wrong recovery code so far; 4 more wrong TOTP codes make 5 within 15 minutes → locked.
    let last = await post(again, '/api/v1/auth/totp/verify', { code: '000001' });
    for (let i = 0; i < 3; i++) last = await post(again, '/api/v1/auth/totp/verify', { code: '000001' });
    expect(last.statusCode).toBe(423);
    expect((await get(again, '/api/v1/me')).statusCode).toBe(401);
    // At the login a lock is never told (it would say the account exists): the right password is refused as wrong.
    const locked = await post(undefined, '/api/v1/auth/login', {
      username: user.username,
      password: defaultPassword,
    });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('a role that requires TOTP must enrol before anything else, cannot disable it, and the admin can reset it (audited)', async () => {
    const admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    // The TOTP policy is a security setting: the security officer's (三员分立).
    const security = await loginAs(t, await buildUser(t, { roles: ['security_officer'] }));
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: '/api/v1/settings',
          headers: { cookie: security },
          payload: { 'security.totpRequiredRoles': ['bogus'] },
        })
      ).statusCode,
    ).toBe(422);
    const set = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: security },
      payload: { 'security.totpRequiredRoles': ['auditor', 'supervisor'] },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()['security.totpRequiredRoles']).toEqual(['auditor', 'supervisor']);

    // A supervisor: the auditor's TOTP is reset only with the CLI (test/security/role-separation.int.test.ts).
    const auditor = await buildUser(t, { roles: ['supervisor'] });
    const cookie = await loginAs(t, auditor);
    expect((await get(cookie, '/api/v1/me')).json()).toMatchObject({
      totpEnrolmentRequired: true,
      totpEnabled: false,
    });
    const blocked = await get(cookie, '/api/v1/decisions');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('TOTP_ENROLMENT_REQUIRED');
    const { secret } = await enrol(cookie);
    expect((await get(cookie, '/api/v1/decisions')).statusCode).toBe(200);
    t.clock.advance(30_000);
    const refused = await post(cookie, '/api/v1/auth/totp/disable', {
      password: auditor.password,
      code: code(secret),
    });
    expect(refused.json().error.code).toBe('TOTP_REQUIRED_BY_ROLE');

    const reset = await post(admin, `/api/v1/users/${auditor.id}/reset-totp`);
    expect(reset.statusCode).toBe(204);
    // The reset ended the auditor's sessions; at the next login enrolment is required again.
    expect((await get(cookie, '/api/v1/me')).statusCode).toBe(401);
    const fresh = await loginAs(t, auditor);
    expect((await get(fresh, '/api/v1/me')).json()).toMatchObject({
      totpEnrolmentRequired: true,
      mfaPending: false,
    });
    const rows = await queryRows<{ action: string; actor_id: string }>(
      t.db.orm,
      sql`SELECT action, actor_id FROM audit_events WHERE action = 'auth.totp_reset' AND entity_id = ${auditor.id}`,
    );
    expect(rows).toHaveLength(1);
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: security },
      payload: { 'security.totpRequiredRoles': [] },
    });
  });

  it('a user whose role does not require it may disable TOTP with password and a current code', async () => {
    const user = await buildUser(t, { roles: ['leader'] });
    const cookie = await loginAs(t, user);
    const { secret } = await enrol(cookie);
    t.clock.advance(30_000);
    expect(
      (
        await post(cookie, '/api/v1/auth/totp/disable', { password: 'Wrong#pass9', code: code(secret) })
      ).json().error.code,
    ).toBe('WRONG_PASSWORD');
    const off = await post(cookie, '/api/v1/auth/totp/disable', {
      password: user.password,
      code: code(secret),
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().user.totpEnabled).toBe(false);
    const next = await post(undefined, '/api/v1/auth/login', {
      username: user.username,
      password: user.password,
    });
    expect(next.json().mfaRequired).toBeUndefined();
  });

  it('the TOTP secret is sealed in the row, never in any response but the setup', async () => {
    const user = await buildUser(t, { roles: ['leader'] });
    const cookie = await loginAs(t, user);
    const { secret } = await enrol(cookie);
    const [row] = await queryRows<{ totp_secret: string; totp_recovery_codes: unknown }>(
      t.db.orm,
      sql`SELECT totp_secret, totp_recovery_codes FROM users WHERE id = ${user.id}`,
    );
    expect(row?.totp_secret).toMatch(/^v1:test:/);
    expect(row?.totp_secret).not.toContain(secret);
    expect(JSON.stringify(row?.totp_recovery_codes)).toContain('$argon2id$');
    const me = await get(cookie, '/api/v1/me');
    expect(me.body).not.toContain(secret);
  });
});
