/**
 * The 等保2.0 level 3 application controls in one place, each a test that fails when the control is
 * removed: identification (password policy, lockout, idle timeout, logout), 三员分立, isolation of units and
 * districts on every route and in the database itself, audit of every change and login, tamper-evident audit.
 * What responses may carry, security headers and the login rate limit (responses), TOTP, SM4 at rest, audit
 * tamper evidence (audit-tamper) and audit retention have their own files beside this one.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listRoutes } from '../../src/server/app';
import { queryRows } from '../../src/server/db/client';
import { withTenantTx } from '../../src/server/db/tx';
import {
  type BuiltUser,
  buildDecisionWithTask,
  buildTenant,
  buildUnit,
  buildUser,
  dbErrorOf,
  defaultPassword,
  loginAs,
} from '../helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';
import { roles, type Role } from '../../src/domain/roles';

describe.each(dbKinds())('等保2.0 level 3 controls on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  let supervisor: string;
  let unitA: string;
  let unitB: string;
  let taskA: string;
  let otherTenant: string;
  let staff: Record<'admin' | 'auditor' | 'supervisor', BuiltUser>;
  let foreign: { unitId: string; userId: string; decisionId: string; taskId: string };
  beforeAll(async () => {
    t = await createTestApp(kind);
    staff = {
      admin: await buildUser(t, { roles: ['admin'] }),
      auditor: await buildUser(t, { roles: ['auditor'] }),
      supervisor: await buildUser(t, { roles: ['supervisor'] }),
    };
    unitA = (await buildUnit(t, { name: '区发改委' })).id;
    unitB = (await buildUnit(t, { name: '区民政局' })).id;
    taskA = (await buildDecisionWithTask(t, { leadUnitId: unitA })).taskId;
    otherTenant = await buildTenant(t);
    const otherUnit = (await buildUnit(t, { tenantId: otherTenant })).id;
    foreign = {
      unitId: otherUnit,
      userId: (await buildUser(t, { tenantId: otherTenant, roles: ['leader'] })).id,
      ...(await buildDecisionWithTask(t, { tenantId: otherTenant, leadUnitId: otherUnit })),
    };
  });
  // The identification tests move the clock past the idle timeout: every test starts with fresh sessions.
  beforeEach(async () => {
    admin = await loginAs(t, staff.admin);
    auditor = await loginAs(t, staff.auditor);
    supervisor = await loginAs(t, staff.supervisor);
  });
  afterAll(async () => t.close());

  const call = (cookie: string | undefined, method: string, url: string, payload?: object) =>
    t.app.inject({
      method: method as 'GET',
      url,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
    });
  const login = (username: string, password: string) =>
    call(undefined, 'POST', '/api/v1/auth/login', { username, password });

  describe('identification and authentication', () => {
    it('password policy: weak, reused and expired passwords are refused', async () => {
      const user = await buildUser(t, { roles: ['leader'] });
      const cookie = await loginAs(t, user);
      const weak = await call(cookie, 'POST', '/api/v1/auth/password', {
        oldPassword: user.password,
        newPassword: 'abcdefgh',
      });
      expect(weak.json().error.code).toBe('WEAK_PASSWORD');
      const reused = await call(cookie, 'POST', '/api/v1/auth/password', {
        oldPassword: user.password,
        newPassword: user.password,
      });
      expect(reused.json().error.code).toBe('PASSWORD_REUSED');
      const expired = await buildUser(t, {
        roles: ['leader'],
        passwordChangedAt: new Date(t.clock.now().getTime() - 181 * 86_400_000),
      });
      const res = await call(await loginAs(t, expired), 'GET', '/api/v1/decisions');
      expect(res.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const fresh = await buildUser(t, { roles: ['leader'], mustChangePassword: true });
      expect((await call(await loginAs(t, fresh), 'GET', '/api/v1/decisions')).json().error.code).toBe(
        'PASSWORD_CHANGE_REQUIRED',
      );
    });

    it('lockout: 5 failures within 15 minutes lock the account, even against the right password', async () => {
      const user = await buildUser(t, { roles: ['leader'] });
      for (let i = 0; i < 4; i++) expect((await login(user.username, 'Wrong#pass1')).statusCode).toBe(401);
      // Locked: answered like a wrong password (the lock is never told at the login).
      expect((await login(user.username, 'Wrong#pass1')).statusCode).toBe(401);
      expect((await login(user.username, defaultPassword)).statusCode).toBe(401);
      t.clock.advance(16 * 60_000);
      expect((await login(user.username, defaultPassword)).statusCode).toBe(200);
    });

    it('a session ends after 30 idle minutes, and at logout', async () => {
      const user = await buildUser(t, { roles: ['leader'] });
      const cookie = await loginAs(t, user);
      t.clock.advance(29 * 60_000);
      expect((await call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(200);
      t.clock.advance(31 * 60_000);
      expect((await call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(401);
      const again = await loginAs(t, user);
      expect((await call(again, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
      expect((await call(again, 'GET', '/api/v1/me')).statusCode).toBe(401);
    });
  });

  it('三员分立: admin and auditor are held alone; each reaches only its own business', async () => {
    for (const set of [
      ['admin', 'supervisor'],
      ['auditor', 'leader'],
      ['admin', 'auditor'],
    ]) {
      const res = await call(admin, 'POST', '/api/v1/users', {
        username: `sod${set.join('')}`,
        displayName: '兼任',
        roles: set,
      });
      expect(res.json().error.code, set.join('+')).toBe('ROLE_CONFLICT');
    }
    expect((await call(admin, 'GET', '/api/v1/audit')).statusCode).toBe(403);
    expect((await call(admin, 'GET', '/api/v1/decisions')).statusCode).toBe(403);
    expect((await call(auditor, 'GET', '/api/v1/users')).statusCode).toBe(403);
    expect((await call(auditor, 'GET', '/api/v1/decisions')).statusCode).toBe(403);
    expect((await call(supervisor, 'GET', '/api/v1/audit')).statusCode).toBe(403);
    expect((await call(supervisor, 'GET', '/api/v1/users')).statusCode).toBe(403);
    expect((await call(auditor, 'GET', '/api/v1/audit')).statusCode).toBe(200);
  });

  describe('isolation', () => {
    it("every :id route, for every role, answers another district's id with 403 or 404 and never its data", async () => {
      const routes = listRoutes(t.app).filter((r) => r.url.includes(':'));
      expect(routes.length).toBeGreaterThan(20);
      const cookies = new Map<Role, string>();
      for (const role of roles) {
        cookies.set(
          role,
          await loginAs(
            t,
            await buildUser(t, { roles: [role], unitId: role.startsWith('unit_') ? unitA : null }),
          ),
        );
      }
      for (const route of routes) {
        const id = route.url.includes('/users/')
          ? foreign.userId
          : route.url.includes('/units/')
            ? foreign.unitId
            : route.url.includes('/decisions/')
              ? foreign.decisionId
              : foreign.taskId;
        const url = route.url.replace(':id', id).replace(':year', '2024');
        for (const role of roles) {
          const res = await call(
            cookies.get(role),
            route.method,
            url,
            route.method === 'GET' ? undefined : {},
          );
          const label = `${route.method} ${route.url} as ${role}: ${res.statusCode} ${res.body.slice(0, 100)}`;
          // 422 is a body refused before anything is looked up; what matters is that nothing succeeds.
          if (
            url.includes(foreign.userId) ||
            url.includes(foreign.unitId) ||
            url.includes(foreign.decisionId) ||
            url.includes(foreign.taskId)
          ) {
            expect([403, 404, 409, 422], label).toContain(res.statusCode);
          } else {
            expect(res.statusCode, label).toBeLessThan(500);
          }
          expect(res.body, label).not.toContain('另一区');
        }
      }
    }, 240_000);

    it("another unit's task answers 404 on every task route; the lead unit reaches it", async () => {
      const own = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unitA }));
      const other = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unitB }));
      const taskRoutes = listRoutes(t.app).filter(
        (r) => r.method === 'GET' && r.url.startsWith('/api/v1/tasks/:id'),
      );
      expect(taskRoutes.length).toBeGreaterThan(0);
      for (const route of taskRoutes) {
        const url = route.url.replace(':id', taskA);
        expect((await call(other, 'GET', url)).statusCode, `${url} other unit`).toBe(404);
        expect((await call(own, 'GET', url)).statusCode, `${url} lead unit`).toBe(200);
      }
    });

    it('row-level security holds for a raw query with the wrong district set, on every table with tenant_id', async () => {
      const tables = await queryRows<{ table_name: string }>(
        t.db.orm,
        sql`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY table_name`,
      );
      expect(tables.length).toBeGreaterThan(15);
      await withTenantTx(t.db, { tenantId: otherTenant, userId: null }, async (tx) => {
        for (const { table_name } of tables) {
          const rows = await queryRows<{ n: string }>(
            tx,
            sql.raw(`SELECT count(*) AS n FROM ${table_name} WHERE tenant_id = '${t.tenantId}'`),
          );
          expect(Number(rows[0]?.n), table_name).toBe(0);
        }
      });
      // Writing into another district is refused by the policy's WITH CHECK.
      const refused = await dbErrorOf(
        withTenantTx(t.db, { tenantId: otherTenant, userId: null }, (tx) =>
          tx.execute(
            sql`INSERT INTO units (id, tenant_id, code, name, kind) VALUES (gen_random_uuid(), ${t.tenantId}, 'X', 'X', 'other')`,
          ),
        ),
      );
      expect(refused).toMatch(/row-level security/);
      // And with no district set at all, nothing is visible.
      await withTenantTx(t.db, { tenantId: '', userId: null }, async (tx) => {
        expect(Number((await queryRows<{ n: string }>(tx, sql`SELECT count(*) AS n FROM users`))[0]?.n)).toBe(
          0,
        );
      });
    });
  });

  describe('audit', () => {
    it('every state change and every login writes an audit event', async () => {
      const before = async () =>
        Number(
          (
            await queryRows<{ n: string }>(
              t.db.orm,
              sql`SELECT max(seq) AS n FROM audit_events WHERE tenant_id = ${t.tenantId}`,
            )
          )[0]?.n ?? 0,
        );
      const newActions = async (since: number) =>
        (
          await queryRows<{ action: string }>(
            t.db.orm,
            sql`SELECT action FROM audit_events WHERE tenant_id = ${t.tenantId} AND seq > ${since} ORDER BY seq`,
          )
        ).map((r) => r.action);
      const user = await buildUser(t, { roles: ['leader'] });
      const steps: Array<[string, () => Promise<{ statusCode: number; body: string }>, string]> = [];
      let createdUnit = '';
      let createdUser = '';
      let decisionId = '';
      steps.push(['auth.login', () => login(user.username, user.password), 'login']);
      steps.push(['auth.login_failed', () => login(user.username, 'Wrong#pass1'), 'failed login']);
      steps.push([
        'unit.created',
        async () => {
          const r = await call(admin, 'POST', '/api/v1/units', {
            name: '审计单位',
            code: 'AUD1',
            kind: 'other',
          });
          createdUnit = r.json().id;
          return r;
        },
        'create unit',
      ]);
      steps.push([
        'unit.updated',
        () => call(admin, 'PATCH', `/api/v1/units/${createdUnit}`, { version: 1, name: '审计单位二' }),
        'update unit',
      ]);
      steps.push([
        'user.created',
        async () => {
          const r = await call(admin, 'POST', '/api/v1/users', {
            username: 'audited1',
            displayName: '被审计',
            roles: ['leader'],
          });
          createdUser = r.json().user?.id ?? r.json().id;
          return r;
        },
        'create user',
      ]);
      steps.push([
        'user.updated',
        () => call(admin, 'PATCH', `/api/v1/users/${createdUser}`, { version: 1, displayName: '改名' }),
        'update user',
      ]);
      steps.push([
        'user.password_reset',
        () => call(admin, 'POST', `/api/v1/users/${createdUser}/reset-password`, {}),
        'reset password',
      ]);
      steps.push([
        'user.unlocked',
        () => call(admin, 'POST', `/api/v1/users/${createdUser}/unlock`, {}),
        'unlock',
      ]);
      steps.push([
        'auth.totp_reset',
        () => call(admin, 'POST', `/api/v1/users/${createdUser}/reset-totp`),
        'reset totp',
      ]);
      steps.push([
        'settings.updated',
        () => call(admin, 'PATCH', '/api/v1/settings', { 'lights.dueSoonDays': 5 }),
        'settings',
      ]);
      steps.push([
        'decision.created',
        async () => {
          const r = await call(supervisor, 'POST', '/api/v1/decisions', {
            title: '审计决策',
            kind: 'plenary',
            date: '2024-01-05',
            source: 'district_direct',
          });
          decisionId = r.json().id;
          return r;
        },
        'create decision',
      ]);
      steps.push([
        'task.created',
        () =>
          call(supervisor, 'POST', '/api/v1/tasks', {
            decisionId,
            title: '审计任务',
            leadUnitId: unitA,
            startDate: '2024-01-01',
            dueDate: '2024-12-31',
          }),
        'create task',
      ]);
      steps.push([
        'auth.password_changed',
        async () =>
          call(await loginAs(t, user), 'POST', '/api/v1/auth/password', {
            oldPassword: user.password,
            newPassword: 'Changed#2024x',
          }),
        'change password',
      ]);
      steps.push([
        'auth.logout',
        async () =>
          call(await loginAs(t, await buildUser(t, { roles: ['leader'] })), 'POST', '/api/v1/auth/logout'),
        'logout',
      ]);
      for (const [action, run, label] of steps) {
        const since = await before();
        const res = await run();
        expect(res.statusCode, `${label}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
        expect(await newActions(since), label).toContain(action);
      }
    });
  });
});
