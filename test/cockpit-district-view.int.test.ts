/**
 * 驾驶舱 全区 view: the district head and the secretary answer for every task, so beside their own portfolio
 * the cockpit carries the district's red and yellow tasks, and a setting (cockpit.districtViewLeaderIds)
 * makes the district view their default. Only leaders can be listed.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisions, tasks } from '../src/server/db/schema';
import { withSystemTx } from '../src/server/db/tx';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('the cockpit’s district view on %s', (kind) => {
  let t: TestApp;
  let head: { id: string; cookie: string };
  let deputy: { id: string; cookie: string };
  let admin: string;
  let supervisor: { id: string; cookie: string };
  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-08-01T02:00:00Z');
    const unit = await buildUnit(t, { name: '区发展和改革委员会', code: 'A' });
    const headUser = await buildUser(t, { roles: ['leader'], displayName: '张区长' });
    const deputyUser = await buildUser(t, { roles: ['leader'], displayName: '王副区长' });
    const supervisorUser = await buildUser(t, { roles: ['supervisor'] });
    head = { id: headUser.id, cookie: await loginAs(t, headUser) };
    deputy = { id: deputyUser.id, cookie: await loginAs(t, deputyUser) };
    supervisor = { id: supervisorUser.id, cookie: await loginAs(t, supervisorUser) };
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    const decisionId = uuidv7();
    const base = {
      tenantId: t.tenantId,
      decisionId,
      source: 'district_direct' as const,
      publishedAt: new Date('2024-01-05T02:00:00Z'),
      acceptedAt: new Date('2024-01-10T02:00:00Z'),
      startDate: '2024-01-01',
      dueDate: '2024-12-31',
      leadUnitId: unit.id,
      status: 'in_progress' as const,
    };
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values({
        id: decisionId,
        tenantId: t.tenantId,
        title: '全会',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
      });
      await tx.insert(tasks).values([
        // The deputy's portfolio: one red task. The head leads none of these.
        {
          ...base,
          id: uuidv7(),
          code: '2024-QW-001',
          title: '新引进亿元以上项目30个',
          leadLeaderId: deputyUser.id,
          progress: 0,
        },
        // Yellow: on pace but no July report.
        {
          ...base,
          id: uuidv7(),
          code: '2024-QW-002',
          title: '新建幼儿园3所',
          leadLeaderId: deputyUser.id,
          progress: 55,
        },
        {
          ...base,
          id: uuidv7(),
          code: '2024-QW-003',
          title: '已完成的任务',
          leadLeaderId: deputyUser.id,
          progress: 100,
          status: 'completed',
          completedAt: new Date('2024-06-01T02:00:00Z'),
        },
      ]);
    });
  });
  afterAll(async () => t.close());

  const cockpitAs = async (cookie: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/cockpit', headers: { cookie } })).json();
  const patchSettings = (body: unknown) =>
    t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: admin },
      payload: body as Record<string, unknown>,
    });

  it('carries the district’s red and yellow tasks, worst first, for every leader', async () => {
    const body = await cockpitAs(head.cookie);
    expect(body.portfolio).toEqual([]);
    expect(body.districtTasks.map((x: { code: string; light: string }) => [x.code, x.light])).toEqual([
      ['2024-QW-001', 'red'],
      ['2024-QW-002', 'yellow'],
    ]);
    expect(body.districtCounts).toEqual({ red: 1, yellow: 1 });
  });

  it('opens a leader on the own portfolio unless the setting lists them; the office on the district', async () => {
    expect((await cockpitAs(head.cookie)).defaultView).toBe('portfolio');
    expect((await cockpitAs(supervisor.cookie)).defaultView).toBe('district');
    const res = await patchSettings({ 'cockpit.districtViewLeaderIds': [head.id] });
    expect(res.statusCode).toBe(200);
    expect((await cockpitAs(head.cookie)).defaultView).toBe('district');
    expect((await cockpitAs(deputy.cookie)).defaultView).toBe('portfolio');
  });

  it('refuses to list anyone but a leader, or something that is not an id, and changes nothing', async () => {
    for (const value of [[supervisor.id], ['not-an-id'], [uuidv7()], 'x']) {
      const res = await patchSettings({ 'cockpit.districtViewLeaderIds': value });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details.fields[0].path).toBe('cockpit.districtViewLeaderIds');
    }
    const settings = (
      await t.app.inject({ method: 'GET', url: '/api/v1/settings', headers: { cookie: admin } })
    ).json();
    expect(settings['cockpit.districtViewLeaderIds']).toEqual([head.id]);
  });
});
