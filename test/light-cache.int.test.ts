/**
 * The per-day light cache (compute-lights.ts, migration 0009): a tenant's lights for a date are computed once
 * and served until something a light depends on changes. Every kind of write — through the API, straight
 * into the database, a settings change — is seen by the next read; a rolled-back write never is; and on
 * PostgreSQL a second server process sees the first one's write.
 */
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx, withTenantTx } from '../src/server/db/tx';
import { decisions, taskMilestones, tasks } from '../src/server/db/schema';
import { defaultLightSettings } from '../src/domain/schedule';
import { tenantLights } from '../src/server/modules/lights/compute-lights';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { startServerProcess } from './helpers/server-process';
import { createTestApp, createTestDatabase, dbKinds, type TestApp } from './helpers/test-app';
import { login, reportBody, seedDistrict } from './reliability/support';

interface LightItem {
  taskId: string;
  light: string;
  reasons: string[];
}

describe.each(dbKinds())('light cache on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let operator: string;
  let admin: string;
  const taskId = uuidv7();
  const asOf = '2024-07-15';

  const lightsOf = async (): Promise<LightItem[]> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/lights?asOf=${asOf}`,
      headers: { cookie: supervisor },
    });
    expect(res.statusCode).toBe(200);
    return res.json().items;
  };
  const ourLight = async () => (await lightsOf()).find((i) => i.taskId === taskId);

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-07-15T02:00:00Z');
    const unit = await buildUnit(t, { name: '区发展和改革委员会', code: 'A' });
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unit.id }));
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    const decisionId = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values({
        id: decisionId,
        tenantId: t.tenantId,
        title: '全会',
        kind: 'plenary',
        date: '2024-01-01',
        source: 'district_direct',
      });
      // On 15 July 54 % of the year has passed: progress 40 is 14 points behind (yellow at 10, red at 30),
      // and June's report is missing.
      await tx.insert(tasks).values({
        id: taskId,
        tenantId: t.tenantId,
        decisionId,
        source: 'district_direct',
        code: '2024-QW-001',
        title: '新引进亿元以上项目30个',
        leadUnitId: unit.id,
        startDate: '2024-01-01',
        dueDate: '2024-12-31',
        status: 'in_progress',
        progress: 40,
        publishedAt: new Date('2024-01-05T02:00:00Z'),
        acceptedAt: new Date('2024-01-10T02:00:00Z'),
      });
    });
  });
  afterAll(async () => t.close());

  it('serves the same computation again while nothing changes', async () => {
    const first = await ourLight();
    expect(first).toMatchObject({
      light: 'yellow',
      reasons: expect.arrayContaining(['behind_schedule', 'missing_report']),
    });
    const read = () =>
      withTenantTx(t.db, { tenantId: t.tenantId, userId: null }, (tx) =>
        tenantLights(tx, t.tenantId, asOf, defaultLightSettings),
      );
    // The same object: computed once, then taken from the cache.
    expect(await read()).toBe(await read());
  });

  it('a report submitted through the API is seen by the next read', async () => {
    expect((await ourLight())?.reasons).toContain('missing_report');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/reports`,
      headers: { cookie: operator },
      payload: { period: '2024-06', progress: 40, narrative: '正在洽谈' },
    });
    expect(res.statusCode).toBe(201);
    expect((await ourLight())?.reasons).not.toContain('missing_report');
  });

  it('a settings change is seen by the next read', async () => {
    expect((await ourLight())?.light).toBe('yellow');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: admin },
      payload: { 'lights.redGap': 12 },
    });
    expect(res.statusCode).toBe(200);
    expect((await ourLight())?.light).toBe('red');
    // The ledger's light filter and the cockpit use the same cached lights.
    const red = (
      await t.app.inject({ method: 'GET', url: '/api/v1/tasks?light=red', headers: { cookie: supervisor } })
    ).json();
    expect(red.items.map((x: { id: string }) => x.id)).toEqual([taskId]);
    const cockpit = (
      await t.app.inject({ method: 'GET', url: '/api/v1/cockpit', headers: { cookie: supervisor } })
    ).json();
    expect(cockpit.overall.red).toBe(1);
  });

  it('a write straight into the database (no API, no application code) is seen by the next read', async () => {
    expect((await ourLight())?.light).toBe('red');
    await withSystemTx(t.db, (tx) => tx.update(tasks).set({ progress: 60 }).where(eq(tasks.id, taskId)));
    expect(await ourLight()).toBeUndefined();
    // A milestone past due turns it red again: milestones are a light input too.
    await withSystemTx(t.db, (tx) =>
      tx
        .insert(taskMilestones)
        .values({ id: uuidv7(), tenantId: t.tenantId, taskId, title: '完成签约', dueDate: '2024-06-30' }),
    );
    expect(await ourLight()).toBeDefined();
    await withSystemTx(t.db, (tx) => tx.delete(taskMilestones).where(eq(taskMilestones.taskId, taskId)));
    expect(await ourLight()).toBeUndefined();
  });

  it('a transaction sees its own uncommitted write, and after its rollback nobody sees it', async () => {
    expect(await ourLight()).toBeUndefined();
    const inside = await withTenantTx(t.db, { tenantId: t.tenantId, userId: null }, async (tx) => {
      await tx.update(tasks).set({ progress: 0 }).where(eq(tasks.id, taskId));
      const lights = await tenantLights(tx, t.tenantId, asOf, { ...defaultLightSettings, redGap: 12 });
      throw Object.assign(new Error('rollback'), { light: lights.get(taskId)?.light });
    }).catch((e: { light?: string }) => e.light);
    expect(inside).toBe('red');
    expect(await ourLight()).toBeUndefined();
    const [row] = await withSystemTx(t.db, (tx) =>
      tx.select({ progress: tasks.progress }).from(tasks).where(eq(tasks.id, taskId)),
    );
    expect(row?.progress).toBe(60);
  });
});

describe.runIf(dbKinds().includes('postgres'))('light cache with two server processes on PostgreSQL', () => {
  it('the second server sees the first server’s write at its next read', { timeout: 180_000 }, async () => {
    const testDb = await createTestDatabase('postgres');
    const servers: Array<Awaited<ReturnType<typeof startServerProcess>>> = [];
    try {
      const district = await seedDistrict(testDb.db, { unitCount: 2, tasksPerUnit: 3 });
      const env = {
        DATABASE_URL: testDb.location.databaseUrl as string,
        LUOSHI_JOBS: 'off',
        LUOSHI_LOGIN_RATE_LIMIT: '100000',
      };
      servers.push(await startServerProcess(env), await startServerProcess(env));
      const [a, b] = servers as [(typeof servers)[number], (typeof servers)[number]];
      const unit = district.units[0]!;
      const target = unit.taskIds[0]!;
      const readOnB = async (cookie: string): Promise<LightItem | undefined> => {
        const res = await fetch(`${b.base}/api/v1/lights`, { headers: { cookie } });
        expect(res.status).toBe(200);
        return ((await res.json()) as { items: LightItem[] }).items.find((i) => i.taskId === target);
      };
      const supervisorOnB = await login(b.base, district.supervisor);
      // The servers run on today's date, near the end of the seeded tasks' span: progress 0 is far behind.
      const today = new Date(Date.now() + 8 * 3_600_000);
      const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
      const period = `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}`;
      expect((await readOnB(supervisorOnB))?.reasons).toContain('behind_schedule');
      expect((await readOnB(supervisorOnB))?.reasons).toContain('behind_schedule');
      // On server A: the unit reports 100 %, the office approves it (the task's progress becomes 100).
      const post = async (cookie: string, path: string, body: unknown) =>
        fetch(`${a.base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify(body),
        });
      const submitted = await post(
        await login(a.base, unit.username),
        `/api/v1/tasks/${target}/reports`,
        reportBody(period, 100, 'x'),
      );
      expect(submitted.status).toBe(201);
      const reportId = ((await submitted.json()) as { id: string }).id;
      expect(
        (
          await post(await login(a.base, district.supervisor), `/api/v1/reports/${reportId}/review`, {
            decision: 'approve',
          })
        ).status,
      ).toBe(200);
      expect((await readOnB(supervisorOnB))?.reasons ?? []).not.toContain('behind_schedule');
    } finally {
      for (const s of servers) await s.stop();
      await testDb.drop();
    }
  });
});
