/**
 * 签收时限 (issue 16): a published task must be accepted within N working days of the tenant's calendar. The
 * light turns yellow with `not_accepted` the day after the last day; the unit is reminded the working day
 * before, the office and the lead leader are told once it is late; the calendar and the setting move the
 * deadline; the working days taken to accept reach the assessment's facts.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/server/db/client';
import { withTenantTx } from '../src/server/db/tx';
import { loadAssessmentFacts } from '../src/server/modules/assessment/load-facts';
import { runReminders } from '../src/server/notify/reminders';
import { buildUnit, buildUser, loginAs, type BuiltUser } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('acceptance deadline on %s', (kind) => {
  let t: TestApp;
  // Sessions end after 12 hours: each step logs in again on the day the clock is moved to.
  let officeUser: BuiltUser;
  let adminUser: BuiltUser;
  let operatorUser: BuiltUser;
  let office: string;
  let taskId: string;
  let operatorId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    // Thursday 12 February 2026, 10:00 in Beijing: the Spring Festival holiday runs 15–23 February.
    t.clock.set('2026-02-12T02:00:00Z');
    const unit = await buildUnit(t, { name: '区发改局' });
    officeUser = await buildUser(t, { roles: ['supervisor'] });
    office = await loginAs(t, officeUser);
    adminUser = await buildUser(t, { roles: ['admin'] });
    operatorUser = await buildUser(t, { roles: ['unit_operator'], unitId: unit.id });
    operatorId = operatorUser.id;
    const leader = await buildUser(t, { roles: ['leader'] });
    const decision = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: { cookie: office },
        payload: { title: '全会', kind: 'plenary', date: '2026-01-20', source: 'district_direct' },
      })
    ).json();
    taskId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        headers: { cookie: office },
        payload: {
          decisionId: decision.id,
          title: '新建充电桩500个',
          leadUnitId: unit.id,
          leadLeaderId: leader.id,
          startDate: '2026-02-01',
          dueDate: '2027-01-31',
        },
      })
    ).json().id;
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${decision.id}/publish`,
      headers: { cookie: office },
    });
    expect(published.statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  const lightOn = async (day: string) => {
    t.clock.set(`${day}T02:00:00Z`);
    office = await loginAs(t, officeUser);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/tasks/${taskId}`,
      headers: { cookie: office },
    });
    expect(res.statusCode).toBe(200);
    return res.json() as { light: string; lightReasons: string[] };
  };
  const notices = async (kind: string) =>
    queryRows<{ user_id: string }>(t.db.orm, sql`SELECT user_id FROM notifications WHERE kind = ${kind}`);

  it('three working days across the Spring Festival: green on the 24th, yellow with not_accepted on the 25th', async () => {
    // Published Thursday 12th: Friday 13th, Saturday 14th (调休上班), then Tuesday 24th after the holiday.
    expect(await lightOn('2026-02-24')).toMatchObject({ light: 'green', lightReasons: [] });
    expect(await lightOn('2026-02-25')).toMatchObject({ light: 'yellow', lightReasons: ['not_accepted'] });
  });

  it('reminds the unit the working day before, then tells the office and the leader once', async () => {
    await runReminders(t.deps, '2026-02-13');
    expect(await notices('accept_due')).toEqual([]);
    const before = await runReminders(t.deps, '2026-02-14');
    expect(before.acceptDue).toBe(1);
    expect((await notices('accept_due')).map((n) => n.user_id)).toEqual([operatorId]);
    const late = await runReminders(t.deps, '2026-02-25');
    expect(late.acceptOverdue).toBe(1);
    expect(await notices('accept_overdue')).toHaveLength(2); // the office and the lead leader
    expect((await notices('light_yellow')).map((n) => n.user_id)).toContain(operatorId);
    await runReminders(t.deps, '2026-02-25');
    expect(await notices('accept_overdue')).toHaveLength(2);
  });

  it('the office makes the 24th a holiday and the setting gives 5 days: the deadline moves, the light follows', async () => {
    office = await loginAs(t, officeUser);
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/days/2026-02-24',
      headers: { cookie: office },
      payload: { kind: 'holiday', name: '区内调休' },
    });
    expect(set.statusCode).toBe(200);
    expect((await lightOn('2026-02-25')).light).toBe('green');
    expect((await lightOn('2026-02-26')).lightReasons).toEqual(['not_accepted']);
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: await loginAs(t, adminUser) },
      payload: { 'tasks.acceptWorkingDays': 5 },
    });
    expect(patched.statusCode).toBe(200);
    // 13, 14, 25, 26, 27 February.
    expect((await lightOn('2026-02-27')).light).toBe('green');
    expect((await lightOn('2026-03-02')).lightReasons).toEqual(['not_accepted']);
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: await loginAs(t, adminUser) },
      payload: { 'tasks.acceptWorkingDays': 0 },
    });
    expect(bad.statusCode).toBe(422);
  });

  it('accepting ends the reason; the working days it took reach the assessment facts', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/accept`,
      headers: { cookie: await loginAs(t, operatorUser) },
    });
    expect(accepted.statusCode).toBe(200);
    expect((await lightOn('2026-03-03')).lightReasons).not.toContain('not_accepted');
    const facts = await withTenantTx(t.db, { tenantId: t.tenantId, userId: null }, (tx) =>
      loadAssessmentFacts(tx, t.tenantId, 2026, '2026-03-03'),
    );
    // 13, 14, 25, 26, 27, Saturday 28 (调休上班) February and Monday 2 March (the 24th is now a holiday).
    expect(facts.tasks.find((f) => f.id === taskId)?.daysToAccept).toBe(7);
  });
});
