/**
 * 赶超措施 (issue 16): a red task gets a required plan from the reminder run, due 5 working days later; an owed
 * plan past its date is the light reason catch_up_plan_overdue and a notice; the lead unit sends it, the office
 * returns it (comment required, due again) and approves it; other units and districts see nothing.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { runReminders } from '../../notify/reminders';
import {
  buildTenant,
  buildUnit,
  buildUser,
  loginAs,
  type BuiltUser,
} from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('catch-up plans on %s', (kind) => {
  let t: TestApp;
  let officeUser: BuiltUser;
  let operatorUser: BuiltUser;
  let otherUnitUser: BuiltUser;
  let taskId: string;
  const plan = {
    cause: '征地拆迁滞后，施工单位进场晚',
    measures: '区领导包案协调，增加两个施工班组，倒排工期',
    milestones: [
      { title: '完成征地', dueDate: '2026-07-15' },
      { title: '主体完工', dueDate: '2026-10-31' },
    ],
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-01-05T02:00:00Z');
    const unit = await buildUnit(t, { name: '区交通运输局' });
    officeUser = await buildUser(t, { roles: ['supervisor'] });
    operatorUser = await buildUser(t, { roles: ['unit_operator'], unitId: unit.id });
    otherUnitUser = await buildUser(t, { roles: ['unit_operator'], unitId: (await buildUnit(t)).id });
    const office = await loginAs(t, officeUser);
    const decision = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: { cookie: office },
        payload: { title: '全会', kind: 'plenary', date: '2026-01-04', source: 'district_direct' },
      })
    ).json();
    taskId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        headers: { cookie: office },
        payload: {
          decisionId: decision.id,
          title: '建成城市快速路一期',
          leadUnitId: unit.id,
          startDate: '2026-01-01',
          dueDate: '2026-12-31',
        },
      })
    ).json().id;
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${decision.id}/publish`,
      headers: { cookie: office },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/accept`,
      headers: { cookie: await loginAs(t, operatorUser) },
    });
  });
  afterAll(async () => t.close());

  const on = async (day: string) => t.clock.set(`${day}T02:00:00Z`);
  const as = async (user: BuiltUser) => ({ cookie: await loginAs(t, user) });
  const list = async (user: BuiltUser) =>
    t.app.inject({ method: 'GET', url: `/api/v1/tasks/${taskId}/catch-up-plans`, headers: await as(user) });
  const submit = async (payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/catch-up-plans`,
      headers: await as(operatorUser),
      payload,
    });
  const review = async (planId: string, payload: object, user = officeUser) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/catch-up-plans/${planId}/review`,
      headers: await as(user),
      payload,
    });
  const reasons = async () =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${taskId}`, headers: await as(officeUser) })
    ).json().lightReasons as string[];
  const notified = async (kind: string) =>
    (
      await queryRows<{ n: number }>(
        t.db.orm,
        sql`SELECT count(*)::int AS n FROM notifications WHERE kind = ${kind}`,
      )
    )[0]?.n;

  it('the reminder run requires one plan of a red task, due 5 working days later, and tells the unit', async () => {
    await on('2026-06-10');
    const first = await runReminders(t.deps, '2026-06-10');
    expect(first.catchUpRequired).toBe(1);
    expect((await runReminders(t.deps, '2026-06-10')).catchUpRequired).toBe(0);
    const res = await list(operatorUser);
    expect(res.statusCode).toBe(200);
    // 11, 12, 15, 16, 17 June.
    expect(res.json()).toMatchObject({
      owedDueBy: '2026-06-17',
      abilities: { submit: true },
      items: [{ status: 'required', dueDate: '2026-06-17', overdue: false, unitName: '区交通运输局' }],
    });
    expect((await list(officeUser)).json().abilities.submit).toBe(false);
    expect(await notified('catch_up_required')).toBe(1);
  });

  it('an owed plan past its date is a light reason and a notice to the unit and the office, once', async () => {
    await on('2026-06-17');
    expect(await reasons()).not.toContain('catch_up_plan_overdue');
    await on('2026-06-18');
    expect(await reasons()).toContain('catch_up_plan_overdue');
    expect((await runReminders(t.deps, '2026-06-18')).catchUpOverdue).toBe(1);
    await runReminders(t.deps, '2026-06-18');
    expect(await notified('catch_up_overdue')).toBe(2);
  });

  it('refuses bad plans naming the field, and anyone but the lead unit', async () => {
    const past = await submit({
      ...plan,
      milestones: [{ title: '完成征地', dueDate: '2026-06-01' }],
      version: 1,
    });
    expect(past.statusCode).toBe(422);
    expect(JSON.stringify(past.json().error.details)).toContain('milestones.0.dueDate');
    const empty = await submit({ ...plan, cause: '', version: 1 });
    expect(empty.statusCode).toBe(422);
    expect(JSON.stringify(empty.json().error.details)).toContain('cause');
    const office = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/catch-up-plans`,
      headers: await as(officeUser),
      payload: { ...plan, version: 1 },
    });
    expect(office.statusCode).toBe(403);
    expect((await list(otherUnitUser)).statusCode).toBe(404);
    expect((await list(operatorUser)).json().items[0]).toMatchObject({ status: 'required', version: 1 });
  });

  it('the unit sends it; the office returns it (comment required) and approves it; each step audited', async () => {
    expect((await submit({ ...plan, version: 2 })).statusCode).toBe(409);
    const sent = await submit({ ...plan, version: 1 });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ status: 'submitted', version: 2, abilities: { review: false } });
    expect(await reasons()).not.toContain('catch_up_plan_overdue');
    // A second plan while one awaits review: not now.
    expect((await submit({ ...plan, version: 2 })).statusCode).toBe(409);
    const planId = sent.json().id as string;
    expect((await review(planId, { decision: 'return', version: 2 })).statusCode).toBe(422);
    const returned = await review(planId, { decision: 'return', comment: '措施不够具体', version: 2 });
    expect(returned.statusCode).toBe(200);
    // Due again 5 working days on: the 19th is the Dragon Boat Festival, so 22–26 June.
    expect(returned.json()).toMatchObject({ status: 'returned', dueDate: '2026-06-26', version: 3 });
    expect(await notified('catch_up_returned')).toBe(1);
    const again = await submit({ ...plan, measures: `${plan.measures}；每周调度`, version: 3 });
    expect(again.json()).toMatchObject({ status: 'submitted', version: 4 });
    expect((await review(planId, { decision: 'approve', version: 3 })).statusCode).toBe(409);
    const approved = await review(planId, { decision: 'approve', version: 4 });
    expect(approved.json()).toMatchObject({ status: 'approved', reviewComment: null });
    expect((await review(planId, { decision: 'approve', version: 5 })).statusCode).toBe(409);
    const actions = (
      await queryRows<{ action: string }>(
        t.db.orm,
        sql`SELECT action FROM audit_events WHERE entity_type = 'catch_up_plan' ORDER BY seq`,
      )
    ).map((r) => r.action);
    expect(actions).toEqual([
      'catch_up_plan.required',
      'catch_up_plan.submitted',
      'catch_up_plan.returned',
      'catch_up_plan.submitted',
      'catch_up_plan.approved',
    ]);
  });

  it("another district's office cannot review the plan (404)", async () => {
    const planId = (await list(operatorUser)).json().items[0].id as string;
    const other = await buildUser(t, { tenantId: await buildTenant(t), roles: ['supervisor'] });
    expect(
      (await review(planId, { decision: 'return', comment: '越权', version: 5 }, other)).statusCode,
    ).toBe(404);
    expect((await list(operatorUser)).json().items[0].status).toBe('approved');
  });
});
