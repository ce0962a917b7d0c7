/**
 * The execution lifecycle through HTTP: publish → accept → milestones → report → sign → review (return,
 * resubmit, approve) → extension → completion; and every forbidden move with its status code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('task lifecycle on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let leader: string;
  let operator: string;
  let head: string;
  let coOperator: string;
  let outsider: string;
  let admin: string;
  let taskId: string;
  let targetId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const lead = await buildUnit(t, { name: '区住房和城乡建设局' });
    const co = await buildUnit(t, { name: '区财政局' });
    const other = await buildUnit(t, { name: '区教育局' });
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const leaderUser = await buildUser(t, { roles: ['leader'], displayName: '王副区长' });
    leader = await loginAs(t, leaderUser);
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: lead.id }));
    head = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: lead.id }));
    coOperator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: co.id }));
    outsider = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: other.id }));
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
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
        leadLeaderId: leaderUser.id,
        startDate: '2024-01-05',
        dueDate: '2024-12-31',
        targets: [{ indicator: '改造老旧小区', unit: '个', targetValue: 15 }],
      })
    ).json();
    taskId = task.id;
    targetId = task.targets[0].id;
  });
  afterAll(async () => t.close());

  function call(cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) {
    return t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  }
  const status = async (
    cookie: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: unknown,
  ) => (await call(cookie, method, url, payload)).statusCode;
  const task = async () => (await call(supervisor, 'GET', `/api/v1/tasks/${taskId}`)).json();
  const report = (period: string, progress: number) => ({
    period,
    progress,
    narrative: `${period} 完成改造${progress}%`,
    indicatorValues: [{ targetId, value: Math.round(progress * 0.15) }],
  });

  it('a draft cannot be accepted or reported; units do not even see it', async () => {
    expect(await status(operator, 'POST', `/api/v1/tasks/${taskId}/accept`)).toBe(404);
    expect(await status(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-01', 5))).toBe(404);
    const published = await call(
      supervisor,
      'POST',
      `/api/v1/decisions/${(await task()).decisionId}/publish`,
    );
    expect(published.statusCode).toBe(200);
  });

  it('only the lead unit accepts; accepting twice is an invalid transition', async () => {
    const asLead = (await call(operator, 'GET', `/api/v1/tasks/${taskId}`)).json();
    expect(asLead.abilities).toMatchObject({ accept: true, report: false, edit: false, changeStatus: false });
    expect((await call(coOperator, 'GET', `/api/v1/tasks/${taskId}`)).json().abilities.accept).toBe(false);
    expect((await task()).abilities).toMatchObject({
      accept: false,
      edit: true,
      changeStatus: true,
      openCase: true,
    });
    expect(await status(coOperator, 'POST', `/api/v1/tasks/${taskId}/accept`)).toBe(403);
    expect(await status(outsider, 'POST', `/api/v1/tasks/${taskId}/accept`)).toBe(404);
    expect(await status(supervisor, 'POST', `/api/v1/tasks/${taskId}/accept`)).toBe(403);
    expect(await status(admin, 'POST', `/api/v1/tasks/${taskId}/accept`)).toBe(403);
    const accepted = await call(operator, 'POST', `/api/v1/tasks/${taskId}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe('in_progress');
    expect(accepted.json().abilities).toMatchObject({ accept: false, report: true, requestCompletion: true });
    const again = await call(operator, 'POST', `/api/v1/tasks/${taskId}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVALID_TRANSITION');
  });

  it('the lead unit plans milestones and completes one; others may not', async () => {
    const plan = [
      { title: '完成设计', dueDate: '2024-03-31' },
      { title: '完成施工', dueDate: '2024-10-31' },
    ];
    expect(await status(coOperator, 'PUT', `/api/v1/tasks/${taskId}/milestones`, plan)).toBe(403);
    const set = await call(operator, 'PUT', `/api/v1/tasks/${taskId}/milestones`, plan);
    expect(set.statusCode).toBe(200);
    const first = set.json().milestones[0];
    expect(await status(coOperator, 'POST', `/api/v1/milestones/${first.id}/complete`)).toBe(403);
    expect(await status(outsider, 'POST', `/api/v1/milestones/${first.id}/complete`)).toBe(404);
    const done = await call(operator, 'POST', `/api/v1/milestones/${first.id}/complete`);
    expect(done.json().milestones[0].completedAt).not.toBeNull();
    expect(await status(operator, 'POST', `/api/v1/milestones/${first.id}/complete`)).toBe(409);
    // Re-planning keeps what was done.
    const replanned = await call(operator, 'PUT', `/api/v1/tasks/${taskId}/milestones`, [
      ...plan,
      { title: '验收', dueDate: '2024-12-15' },
    ]);
    expect(replanned.json().milestones[0].completedAt).not.toBeNull();
  });

  it('reports: lead unit only (co-unit 403, outsider 404), validated, one per period', async () => {
    expect(await status(coOperator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-02', 10))).toBe(
      403,
    );
    expect(await status(outsider, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-02', 10))).toBe(
      404,
    );
    expect(
      await status(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, {
        ...report('2024-02', 10),
        progress: 101,
      }),
    ).toBe(422);
    expect(
      await status(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, {
        ...report('2024-02', 10),
        period: '2024-13',
      }),
    ).toBe(422);
    // The district reports monthly (the default): a quarter is refused, naming the field.
    const wrongKind = await call(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, {
      ...report('2024-02', 10),
      period: '2024-Q1',
    });
    expect(wrongKind.statusCode).toBe(422);
    expect(wrongKind.json().error.details.fields[0].path).toBe('period');
    // Switched to quarterly reporting, a month is refused; then back to months.
    expect((await call(admin, 'PATCH', '/api/v1/settings', { 'reports.period': 'quarter' })).statusCode).toBe(
      200,
    );
    expect(await status(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-02', 10))).toBe(
      422,
    );
    expect((await call(admin, 'PATCH', '/api/v1/settings', { 'reports.period': 'month' })).statusCode).toBe(
      200,
    );
    const foreignTarget = await call(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, {
      ...report('2024-02', 10),
      indicatorValues: [{ targetId: '00000000-0000-7000-8000-000000000001', value: 1 }],
    });
    expect(foreignTarget.statusCode).toBe(422);
    const created = await call(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-02', 10));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'submitted', period: '2024-02', progress: 10 });
    const dup = await call(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-02', 12));
    expect(dup.statusCode).toBe(409);
  });

  it('review: supervisor only; return needs a comment and notifies the unit; resubmit; approve sets progress and indicator values', async () => {
    const [pending] = (await call(operator, 'GET', `/api/v1/tasks/${taskId}/reports`)).json().items;
    expect(
      await status(operator, 'POST', `/api/v1/reports/${pending.id}/review`, { decision: 'approve' }),
    ).toBe(403);
    expect(
      await status(leader, 'POST', `/api/v1/reports/${pending.id}/review`, { decision: 'approve' }),
    ).toBe(403);
    expect(
      await status(supervisor, 'POST', `/api/v1/reports/${pending.id}/review`, { decision: 'return' }),
    ).toBe(422);
    const returned = await call(supervisor, 'POST', `/api/v1/reports/${pending.id}/review`, {
      decision: 'return',
      comment: '请补充改造户数',
    });
    expect(returned.json().status).toBe('returned');
    const inbox = (await call(operator, 'GET', '/api/v1/inbox')).json();
    expect(inbox.unread).toBeGreaterThan(0);
    expect(inbox.items[0]).toMatchObject({ kind: 'report_returned', entityId: taskId });
    expect(
      await status(supervisor, 'POST', `/api/v1/reports/${pending.id}/review`, { decision: 'approve' }),
    ).toBe(409);

    const resubmitted = await call(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, {
      ...report('2024-02', 12),
      narrative: '补充：已改造2个小区',
    });
    expect(resubmitted.statusCode).toBe(201);
    expect(resubmitted.json()).toMatchObject({ id: pending.id, status: 'submitted' });
    const signed = await call(head, 'POST', `/api/v1/reports/${pending.id}/sign`);
    expect(signed.json().status).toBe('signed');
    expect(await status(operator, 'POST', `/api/v1/reports/${pending.id}/sign`)).toBe(403);
    const queue = (await call(supervisor, 'GET', '/api/v1/reports/review-queue')).json().items;
    expect(queue.map((q: { report: { id: string } }) => q.report.id)).toContain(pending.id);
    const approved = await call(supervisor, 'POST', `/api/v1/reports/${pending.id}/review`, {
      decision: 'approve',
      comment: '同意',
    });
    expect(approved.json().status).toBe('approved');
    expect(approved.json().history.map((h: { action: string }) => h.action)).toEqual([
      'submit',
      'return',
      'resubmit',
      'sign',
      'approve',
    ]);
    const after = await task();
    expect(after.progress).toBe(12);
    expect(after.targets[0].currentValue).toBe(2);
    expect(await status(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-02', 20))).toBe(
      409,
    );
  });

  it('a leader writes an instruction, the lead unit answers it', async () => {
    expect(await status(operator, 'POST', `/api/v1/tasks/${taskId}/instructions`, { text: '加快进度' })).toBe(
      403,
    );
    const instruction = await call(leader, 'POST', `/api/v1/tasks/${taskId}/instructions`, {
      text: '请加快进度，确保年底前完成',
    });
    expect(instruction.statusCode).toBe(201);
    expect(
      await status(coOperator, 'POST', `/api/v1/instructions/${instruction.json().id}/replies`, {
        text: '收到',
      }),
    ).toBe(403);
    const reply = await call(operator, 'POST', `/api/v1/instructions/${instruction.json().id}/replies`, {
      text: '已部署，10月底前完成施工',
    });
    expect(reply.json().replies).toHaveLength(1);
    expect((await call(leader, 'GET', '/api/v1/inbox')).json().items[0].kind).toBe('instruction_reply');
  });

  it('an approved extension changes the due date and keeps the original', async () => {
    expect(
      await status(operator, 'POST', `/api/v1/tasks/${taskId}/extension-requests`, {
        newDueDate: '2024-06-30',
        reason: '提前',
      }),
    ).toBe(422);
    const req = await call(operator, 'POST', `/api/v1/tasks/${taskId}/extension-requests`, {
      newDueDate: '2025-03-31',
      reason: '冬季无法施工',
    });
    expect(req.statusCode).toBe(201);
    expect(
      await status(operator, 'POST', `/api/v1/tasks/${taskId}/extension-requests`, {
        newDueDate: '2025-04-30',
        reason: '再次',
      }),
    ).toBe(409);
    expect(
      await status(operator, 'POST', `/api/v1/requests/${req.json().id}/decide`, { decision: 'approve' }),
    ).toBe(403);
    const pending = (await call(supervisor, 'GET', '/api/v1/requests/pending')).json().items;
    expect(pending[0]).toMatchObject({
      id: req.json().id,
      taskTitle: '改造老旧小区15个',
      taskCode: '2024-QW-001',
    });
    const decided = await call(supervisor, 'POST', `/api/v1/requests/${req.json().id}/decide`, {
      decision: 'approve',
      comment: '同意延期',
    });
    expect(decided.json().status).toBe('approved');
    expect(
      await status(supervisor, 'POST', `/api/v1/requests/${req.json().id}/decide`, { decision: 'reject' }),
    ).toBe(409);
    const after = await task();
    expect(after).toMatchObject({ dueDate: '2025-03-31', originalDueDate: '2024-12-31' });
  });

  it('completion: requested, rejected back to in progress, requested again, approved', async () => {
    const first = await call(operator, 'POST', `/api/v1/tasks/${taskId}/completion-requests`, {
      summary: '已全部完成',
    });
    expect(first.statusCode).toBe(201);
    expect((await task()).status).toBe('completion_requested');
    expect(await status(operator, 'POST', `/api/v1/tasks/${taskId}/reports`, report('2024-03', 100))).toBe(
      409,
    );
    await call(supervisor, 'POST', `/api/v1/requests/${first.json().id}/decide`, {
      decision: 'reject',
      comment: '尚有2个小区未验收',
    });
    expect((await task()).status).toBe('in_progress');
    const second = await call(operator, 'POST', `/api/v1/tasks/${taskId}/completion-requests`, {
      summary: '已全部验收',
    });
    await call(supervisor, 'POST', `/api/v1/requests/${second.json().id}/decide`, { decision: 'approve' });
    const done = await task();
    expect(done).toMatchObject({ status: 'completed', progress: 100 });
    expect(done.completedAt).not.toBeNull();
    expect(
      await status(operator, 'POST', `/api/v1/tasks/${taskId}/completion-requests`, { summary: '再次' }),
    ).toBe(409);
  });

  it('suspend, resume and cancel belong to the supervisor, with a reason and a fresh version', async () => {
    const decision = (await call(supervisor, 'GET', '/api/v1/decisions')).json().items[0];
    const units = (await call(supervisor, 'GET', '/api/v1/units')).json().items;
    const created = (
      await call(supervisor, 'POST', '/api/v1/tasks', {
        decisionId: decision.id,
        title: '临时任务',
        leadUnitId: units[0].id,
        startDate: '2024-02-01',
        dueDate: '2024-08-31',
      })
    ).json();
    await call(supervisor, 'POST', `/api/v1/decisions/${decision.id}/publish`);
    const current = (await call(supervisor, 'GET', `/api/v1/tasks/${created.id}`)).json();
    expect(
      await status(operator, 'POST', `/api/v1/tasks/${created.id}/status`, {
        action: 'suspend',
        reason: 'x',
        version: current.version,
      }),
    ).toBe(403);
    expect(
      await status(supervisor, 'POST', `/api/v1/tasks/${created.id}/status`, {
        action: 'resume',
        reason: 'x',
        version: current.version,
      }),
    ).toBe(409);
    expect(
      await status(supervisor, 'POST', `/api/v1/tasks/${created.id}/status`, {
        action: 'suspend',
        reason: 'x',
        version: current.version - 1,
      }),
    ).toBe(409);
    const suspended = await call(supervisor, 'POST', `/api/v1/tasks/${created.id}/status`, {
      action: 'suspend',
      reason: '政策调整',
      version: current.version,
    });
    expect(suspended.json()).toMatchObject({ status: 'suspended', statusReason: '政策调整' });
    const resumed = await call(supervisor, 'POST', `/api/v1/tasks/${created.id}/status`, {
      action: 'resume',
      reason: '恢复',
      version: suspended.json().version,
    });
    expect(resumed.json().status).toBe('published');
    const cancelled = await call(supervisor, 'POST', `/api/v1/tasks/${created.id}/status`, {
      action: 'cancel',
      reason: '撤销',
      version: resumed.json().version,
    });
    expect(cancelled.json().status).toBe('cancelled');
    expect(
      await status(supervisor, 'PATCH', `/api/v1/tasks/${created.id}`, {
        version: cancelled.json().version,
        title: '改',
      }),
    ).toBe(409);
  });
});
