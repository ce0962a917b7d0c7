import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('users on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    unitId = (await buildUnit(t, { name: '区住建局' })).id;
  });
  afterAll(async () => t.close());

  const post = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: admin }, payload });

  it('creates a user with a one-time password that must be changed at first login', async () => {
    const res = await post({
      username: 'zhangsan',
      displayName: '张三',
      unitId,
      roles: ['unit_operator'],
      phone: '13800000000',
      email: 'zs@example.cn',
    });
    expect(res.statusCode).toBe(201);
    const { user, initialPassword } = res.json();
    expect(user).toMatchObject({
      username: 'zhangsan',
      unitName: '区住建局',
      roles: ['unit_operator'],
      mustChangePassword: true,
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ZhangSan', password: initialPassword },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
  });

  it('enforces 三员分立: admin or auditor with any other role is 422 ROLE_CONFLICT', async () => {
    for (const roles of [
      ['admin', 'supervisor'],
      ['auditor', 'admin'],
      ['auditor', 'unit_head'],
    ]) {
      const res = await post({ username: `x${roles.join('')}`, displayName: '兼任', roles, unitId });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('ROLE_CONFLICT');
    }
    const user = (await post({ username: 'lisi', displayName: '李四', roles: ['supervisor'] })).json().user;
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { cookie: admin },
      payload: { version: 1, roles: ['supervisor', 'auditor'] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('ROLE_CONFLICT');
  });

  it('a unit role needs a unit', async () => {
    const res = await post({ username: 'nounit', displayName: '无单位', roles: ['unit_head'] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].path).toBe('unitId');
  });

  it('rejects a duplicate username (case-insensitive) with 409', async () => {
    await post({ username: 'wangwu', displayName: '王五', roles: ['leader'] });
    const dup = await post({ username: 'WANGWU', displayName: '王五二', roles: ['leader'] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details.field).toBe('username');
  });

  it('lists with paging and filters', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users?unitId=${unitId}&pageSize=1`,
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().total).toBeGreaterThanOrEqual(1);
    const leaders = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users?role=leader',
      headers: { cookie: admin },
    });
    expect(leaders.json().items.every((u: { roles: string[] }) => u.roles.includes('leader'))).toBe(true);
  });

  it('resets a password: the old one stops working, the new one must be changed', async () => {
    const built = await buildUser(t, { roles: ['leader'] });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${built.id}/reset-password`,
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(200);
    const { initialPassword } = res.json();
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: built.username, password: built.password },
        })
      ).statusCode,
    ).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: built.username, password: initialPassword },
    });
    expect(login.json().user.mustChangePassword).toBe(true);
  });

  it('unlocks a locked account', async () => {
    const built = await buildUser(t, { roles: ['leader'] });
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: built.username, password: 'Bad#pass12' },
      });
    const locked = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users?q=${built.username}`,
      headers: { cookie: admin },
    });
    expect(locked.json().items[0].lockedUntil).not.toBeNull();
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/users/${built.id}/unlock`,
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: built.username, password: built.password },
        })
      ).statusCode,
    ).toBe(200);
  });

  it("another tenant's user answers 404", async () => {
    const other = await buildTenant(t);
    const foreign = await buildUser(t, { tenantId: other, roles: ['leader'] });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${foreign.id}`,
      headers: { cookie: admin },
      payload: { version: 1, displayName: '改' },
    });
    expect(res.statusCode).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/users/${foreign.id}/reset-password`,
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(404);
  });
});
