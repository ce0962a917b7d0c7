/** Supervision cases, inspections and rectifications, interviews and accountability: lifecycles and who sees what. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('supervision on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let leader: string;
  let operator: string;
  let otherOperator: string;
  let unitId: string;
  let otherUnitId: string;
  let taskId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-05-10T02:00:00Z');
    unitId = (await buildUnit(t, { name: '区市场监督管理局' })).id;
    otherUnitId = (await buildUnit(t, { name: '区民政局' })).id;
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    leader = await loginAs(t, await buildUser(t, { roles: ['leader'] }));
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId }));
    otherOperator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: otherUnitId }));
    taskId = (await buildDecisionWithTask(t, { leadUnitId: unitId })).taskId;
  });
  afterAll(async () => t.close());

  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('a case opened from a task goes issued → answered → sent back → answered → closed; escalation keeps the history', async () => {
    expect(
      (
        await call(operator, 'POST', '/api/v1/cases', {
          title: 'x',
          origin: 'warning',
          level: 'general',
          requirements: 'x',
          deadline: '2024-04-30',
          taskIds: [taskId],
        })
      ).statusCode,
    ).toBe(403);
    const opened = await call(supervisor, 'POST', '/api/v1/cases', {
      title: '食品安全检查进度滞后',
      origin: 'warning',
      level: 'general',
      requirements: '请于月底前提交整改方案',
      deadline: '2024-04-30',
      taskIds: [taskId],
    });
    expect(opened.statusCode).toBe(201);
    const c = opened.json();
    expect(c).toMatchObject({ status: 'issued', unitIds: [unitId], taskIds: [taskId] });
    expect((await call(operator, 'GET', '/api/v1/inbox')).json().items[0].kind).toBe('case_issued');
    // Another unit neither sees nor answers it.
    expect((await call(otherOperator, 'GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    expect(
      (await call(otherOperator, 'POST', `/api/v1/cases/${c.id}/answer`, { answer: '越权' })).statusCode,
    ).toBe(404);
    expect((await call(otherOperator, 'GET', '/api/v1/cases')).json().items).toHaveLength(0);
    expect(
      (await call(supervisor, 'POST', `/api/v1/cases/${c.id}/answer`, { answer: '代答' })).statusCode,
    ).toBe(403);
    expect(
      (
        await call(supervisor, 'POST', `/api/v1/cases/${c.id}/decide`, {
          action: 'close',
          version: c.version,
        })
      ).statusCode,
    ).toBe(409);
    const answered = await call(operator, 'POST', `/api/v1/cases/${c.id}/answer`, {
      answer: '已制定整改方案',
    });
    expect(answered.json().status).toBe('answered');
    expect(
      (
        await call(supervisor, 'POST', `/api/v1/cases/${c.id}/decide`, {
          action: 'send_back',
          version: answered.json().version,
        })
      ).statusCode,
    ).toBe(422);
    const back = await call(supervisor, 'POST', `/api/v1/cases/${c.id}/decide`, {
      action: 'send_back',
      comment: '方案不具体',
      version: answered.json().version,
    });
    expect(back.json().status).toBe('issued');
    const escalated = await call(supervisor, 'POST', `/api/v1/cases/${c.id}/decide`, {
      action: 'escalate',
      comment: '升级为重点督办',
      version: back.json().version,
    });
    expect(escalated.json()).toMatchObject({ status: 'escalated', level: 'key' });
    const reissued = await call(supervisor, 'POST', `/api/v1/cases/${c.id}/decide`, {
      action: 'reissue',
      version: escalated.json().version,
    });
    const again = await call(operator, 'POST', `/api/v1/cases/${c.id}/answer`, {
      answer: '已按要求细化方案',
    });
    expect(again.statusCode).toBe(200);
    const closed = await call(supervisor, 'POST', `/api/v1/cases/${c.id}/decide`, {
      action: 'close',
      comment: '同意办结',
      version: again.json().version,
    });
    expect(closed.json().status).toBe('closed');
    expect(closed.json().history.map((h: { action: string }) => h.action)).toEqual([
      'open',
      'answer',
      'send_back',
      'escalate',
      'reissue',
      'answer',
      'close',
    ]);
    expect(reissued.statusCode).toBe(200);
    expect((await call(leader, 'GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(200);
  });

  it('an inspection turns findings into rectifications: open → submitted → back to open → submitted → verified; overdue ones are flagged', async () => {
    const res = await call(supervisor, 'POST', '/api/v1/inspections', {
      date: '2024-05-10',
      team: '督查室 张三、李四',
      places: '城东农贸市场',
      findings: [
        { finding: '农贸市场台账不全', unitId, deadline: '2024-05-31' },
        { finding: '救助资金发放滞后', unitId: otherUnitId, deadline: '2024-05-05' },
      ],
    });
    expect(res.statusCode).toBe(201);
    const list = res.json().rectifications as Array<{ id: string; unitId: string; isOverdue: boolean }>;
    const mine = list.find((r) => r.unitId === unitId) as { id: string; isOverdue: boolean };
    const theirs = list.find((r) => r.unitId === otherUnitId) as { id: string; isOverdue: boolean };
    expect(theirs.isOverdue).toBe(true);
    expect(mine.isOverdue).toBe(false);
    expect(
      (await call(operator, 'GET', '/api/v1/rectifications')).json().items.map((r: { id: string }) => r.id),
    ).toEqual([mine.id]);
    expect(
      (
        await call(operator, 'POST', `/api/v1/rectifications/${theirs.id}/submit`, {
          measures: 'x',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call(operator, 'POST', `/api/v1/rectifications/${mine.id}/verify`, {
          decision: 'verify',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    const submitted = await call(operator, 'POST', `/api/v1/rectifications/${mine.id}/submit`, {
      measures: '已补齐台账',
      evidence: '台账照片',
      version: 1,
    });
    expect(submitted.json().status).toBe('submitted');
    expect(
      (
        await call(operator, 'POST', `/api/v1/rectifications/${mine.id}/submit`, {
          measures: '再交',
          version: 1,
        })
      ).statusCode,
    ).toBe(409);
    const rejected = await call(supervisor, 'POST', `/api/v1/rectifications/${mine.id}/verify`, {
      decision: 'reject',
      comment: '照片不清晰',
      version: 2,
    });
    expect(rejected.json().status).toBe('open');
    const again = await call(operator, 'POST', `/api/v1/rectifications/${mine.id}/submit`, {
      measures: '已补齐台账并重新拍照',
      version: 3,
    });
    const verified = await call(supervisor, 'POST', `/api/v1/rectifications/${mine.id}/verify`, {
      decision: 'verify',
      version: again.json().version,
    });
    expect(verified.json()).toMatchObject({ status: 'verified', isOverdue: false });
  });

  it('interviews and accountability are linked to what caused them; a unit sees only its own', async () => {
    const rect = (await call(supervisor, 'GET', '/api/v1/rectifications'))
      .json()
      .items.find((r: { unitId: string }) => r.unitId === otherUnitId);
    expect(
      (
        await call(supervisor, 'POST', '/api/v1/interviews', {
          date: '2024-05-12',
          unitId: otherUnitId,
          person: '王局长',
          reason: '整改逾期',
          rectificationId: '00000000-0000-7000-8000-000000000001',
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await call(supervisor, 'POST', '/api/v1/interviews', {
          date: '2024-05-12',
          unitId: otherUnitId,
          person: '王局长',
          reason: '整改逾期',
          rectificationId: rect.id,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await call(supervisor, 'POST', '/api/v1/accountability', {
          type: 'circulated_criticism',
          date: '2024-05-20',
          unitId: otherUnitId,
          reason: '整改逾期未完成',
          rectificationId: rect.id,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await call(operator, 'POST', '/api/v1/accountability', {
          type: 'admonishment',
          date: '2024-05-20',
          unitId,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await call(operator, 'GET', '/api/v1/interviews')).json().items).toHaveLength(0);
    expect((await call(otherOperator, 'GET', '/api/v1/accountability')).json().items).toMatchObject([
      { type: 'circulated_criticism', rectificationId: rect.id },
    ]);
    expect((await call(leader, 'GET', '/api/v1/interviews')).json().items).toHaveLength(1);
  });
});
