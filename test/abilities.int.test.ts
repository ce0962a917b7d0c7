/**
 * The abilities the API sends with an object are what the server then allows: for each actor, an action the
 * object says is open succeeds, and one it says is closed is refused (403, or 404 when the object is not
 * theirs to see). The web shows buttons only from these, so a mismatch would be a dead or a missing button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('abilities agree with the server on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let operator: string;
  let head: string;
  let coOperator: string;
  let taskId: string;
  let targetId: string;

  function call(cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
    return t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  }
  const taskAs = async (cookie: string) => (await call(cookie, 'GET', `/api/v1/tasks/${taskId}`)).json();
  const report = (period: string) => ({
    period,
    progress: 10,
    narrative: `${period} 进展`,
    indicatorValues: [{ targetId, value: 1 }],
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const lead = await buildUnit(t, { name: '区住房和城乡建设局' });
    const co = await buildUnit(t, { name: '区财政局' });
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: lead.id }));
    head = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: lead.id }));
    coOperator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: co.id }));
    const decision = (
      await call(supervisor, 'POST', '/api/v1/decisions', {
        title: '区委全会',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
      })
    ).json();
    const task = (
      await call(supervisor, 'POST', '/api/v1/tasks', {
        decisionId: decision.id,
        title: '改造老旧小区15个',
        leadUnitId: lead.id,
        coUnitIds: [co.id],
        startDate: '2024-01-05',
        dueDate: '2024-12-31',
        targets: [{ indicator: '改造老旧小区', unit: '个', targetValue: 15 }],
      })
    ).json();
    taskId = task.id;
    targetId = task.targets[0].id;
    expect((await call(supervisor, 'POST', `/api/v1/decisions/${decision.id}/publish`)).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('accept: the lead unit is offered it and may; the co-unit and the office are not and may not', async () => {
    expect((await taskAs(coOperator)).abilities.accept).toBe(false);
    expect((await call(coOperator, 'POST', `/api/v1/tasks/${taskId}/accept`)).statusCode).toBe(403);
    expect((await taskAs(supervisor)).abilities.accept).toBe(false);
    expect((await call(supervisor, 'POST', `/api/v1/tasks/${taskId}/accept`)).statusCode).toBe(403);
    const offered = await taskAs(operator);
    expect(offered.abilities.accept).toBe(true);
    expect(offered.abilities.report).toBe(false);
    expect((await call(operator, 'POST', `/api/v1/tasks/${taskId}/accept`)).statusCode).toBe(200);
    expect((await taskAs(operator)).abilities.accept).toBe(false);
  });

  it('report: the lead unit operator is offered it and the POST succeeds; the co-unit is not and gets 403', async () => {
    const lead = await taskAs(operator);
    expect(lead.abilities.report).toBe(true);
    const co = await taskAs(coOperator);
    expect(co.abilities.report).toBe(false);
    expect(
      (await call(coOperator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-01'))).statusCode,
    ).toBe(403);
    expect((await taskAs(supervisor)).abilities.report).toBe(false);
    expect(
      (await call(supervisor, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-01'))).statusCode,
    ).toBe(403);
    expect(
      (await call(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-01'))).statusCode,
    ).toBe(201);
  });

  it('a report says who may sign and review it, and the server agrees', async () => {
    const [asHead] = (await call(head, 'GET', `/api/v1/tasks/${taskId}/reports`)).json().items;
    const [asOperator] = (await call(operator, 'GET', `/api/v1/tasks/${taskId}/reports`)).json().items;
    const [asSupervisor] = (await call(supervisor, 'GET', `/api/v1/tasks/${taskId}/reports`)).json().items;
    expect(asOperator.abilities).toEqual({ sign: false, review: false, correct: false });
    expect(asHead.abilities.sign).toBe(true);
    expect(asSupervisor.abilities).toMatchObject({ sign: false, review: true });
    expect((await call(operator, 'POST', `/api/v1/reports/${asOperator.id}/sign`)).statusCode).toBe(403);
    expect(
      (
        await call(operator, 'POST', `/api/v1/reports/${asOperator.id}/review`, {
          decision: 'return',
          comment: '请补充',
        })
      ).statusCode,
    ).toBe(403);
    const signed = await call(head, 'POST', `/api/v1/reports/${asHead.id}/sign`);
    expect(signed.statusCode).toBe(200);
    // Signed: no second signature is offered, and the server refuses one as a state the machine forbids.
    expect(signed.json().abilities.sign).toBe(false);
    expect((await call(head, 'POST', `/api/v1/reports/${asHead.id}/sign`)).statusCode).toBe(409);
    const returned = await call(supervisor, 'POST', `/api/v1/reports/${asSupervisor.id}/review`, {
      decision: 'return',
      comment: '请补充改造户数',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().abilities.review).toBe(false);
    const [again] = (await call(operator, 'GET', `/api/v1/tasks/${taskId}/reports`)).json().items;
    expect(again.abilities.correct).toBe(true);
  });

  it('GET /me carries the page abilities of the user', async () => {
    const me = async (cookie: string) => (await call(cookie, 'GET', '/api/v1/me')).json();
    const office = await me(supervisor);
    const unit = await me(operator);
    const body = (x: { user?: { abilities: unknown }; abilities?: unknown }) =>
      (x.user ?? x) as { abilities: Record<string, unknown> };
    expect(body(office).abilities).toMatchObject({
      manageDecisions: true,
      manageSupervision: true,
      workbench: ['supervisor'],
    });
    expect(body(unit).abilities).toMatchObject({
      manageDecisions: false,
      manageSupervision: false,
      workbench: ['unit'],
      entryKinds: ['bonus'],
    });
    // The office is offered to create decisions and may; a unit user is not and may not.
    const payload = { title: '常务会议', kind: 'plenary', date: '2024-02-05', source: 'district_direct' };
    expect((await call(operator, 'POST', '/api/v1/decisions', payload)).statusCode).toBe(403);
    expect((await call(supervisor, 'POST', '/api/v1/decisions', payload)).statusCode).toBe(201);
  });
});
