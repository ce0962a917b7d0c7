import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { tasks } from '../../db/schema';
import { withSystemTx } from '../../db/tx';
import type { TAttachment } from '../attachments/attachments.schemas';
import type { TAcceptance } from './acceptance.schemas';

describe.each(dbKinds())('acceptance (验收) on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let unitA: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    unitA = (await buildUnit(t)).id;
    const unitB = (await buildUnit(t)).id;
    const users = {
      opA: await buildUser(t, { roles: ['unit_operator'], unitId: unitA, displayName: '甲单位联络员 王芳' }),
      opB: await buildUser(t, { roles: ['unit_operator'], unitId: unitB }),
      sup: await buildUser(t, { roles: ['supervisor'], displayName: '督查室 李娜' }),
      leader: await buildUser(t, { roles: ['leader'] }),
      otherLeader: await buildUser(t, { roles: ['leader'] }),
      admin: await buildUser(t, { roles: ['admin'] }),
    };
    for (const [who, user] of Object.entries(users)) cookies[who] = await loginAs(t, user);
    leaderId = users.leader.id;
  });
  afterAll(async () => t?.close());
  let leaderId = '';

  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] }, ...(payload ? { payload } : {}) });
  const decisionOf = new Map<string, string>();
  const newTask = async () => {
    const { taskId, decisionId } = await buildDecisionWithTask(t, {
      leadUnitId: unitA,
      status: 'in_progress',
    });
    decisionOf.set(taskId, decisionId);
    await withSystemTx(t.db, (tx) =>
      tx.update(tasks).set({ leadLeaderId: leaderId }).where(eq(tasks.id, taskId)),
    );
    return taskId;
  };
  const uploadEvidence = async (who: string) => {
    const body = multipart({
      name: '验收报告.pdf',
      type: 'application/pdf',
      bytes: Buffer.from('%PDF-1.4\n'),
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...body.headers, cookie: cookies[who] },
      payload: body.payload,
    });
    return res.json() as TAttachment;
  };
  const setting = (values: Record<string, unknown>) => call('admin', 'PATCH', '/api/v1/settings', values);
  const taskStatus = async (taskId: string) =>
    (await call('sup', 'GET', `/api/v1/tasks/${taskId}`)).json().status as string;

  it('the lead unit asks with evidence; the office returns it with what is missing, then accepts with remarks', async () => {
    const taskId = await newTask();
    expect((await call('opA', 'GET', `/api/v1/tasks/${taskId}/acceptance`)).json()).toMatchObject({
      state: 'none',
      abilities: { request: true, decide: false },
    });
    const evidence = await uploadEvidence('opA');
    const asked = await call('opA', 'POST', `/api/v1/tasks/${taskId}/acceptance`, {
      summary: '已完成全部建设内容',
      attachmentIds: [evidence.id],
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const record = asked.json() as TAcceptance;
    expect(record.state).toBe('requested');
    expect(record.requests[0]?.decidedByName).toBeNull();
    expect(record.requests[0]?.evidence.map((e) => e.id)).toEqual([evidence.id]);
    expect(await taskStatus(taskId)).toBe('completion_requested');
    expect(await ledgerCell(taskId)).toBe('待验收');
    // The office sees the evidence through the task; another unit sees neither.
    expect((await call('sup', 'GET', `/api/v1/attachments/${evidence.id}`)).statusCode).toBe(200);
    expect((await call('opB', 'GET', `/api/v1/tasks/${taskId}/acceptance`)).statusCode).toBe(404);
    expect((await call('opB', 'GET', `/api/v1/attachments/${evidence.id}`)).statusCode).toBe(404);

    const version = record.requests[0]?.version ?? 0;
    const noReason = await call('sup', 'POST', `/api/v1/tasks/${taskId}/acceptance/decision`, {
      outcome: 'returned',
      version,
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details.fields[0].path).toBe('remarks');
    const returned = await call('sup', 'POST', `/api/v1/tasks/${taskId}/acceptance/decision`, {
      outcome: 'returned',
      remarks: '缺少竣工验收照片',
      version,
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'returned' });
    expect(await ledgerCell(taskId)).toMatch(/^退回补充（\d{4}-\d{2}-\d{2} 督查室 李娜）：缺少竣工验收照片$/);
    expect(await taskStatus(taskId)).toBe('in_progress');
    const stale = await call('sup', 'POST', `/api/v1/tasks/${taskId}/acceptance/decision`, {
      outcome: 'accepted',
      version,
    });
    expect(stale.statusCode).toBe(409);

    const again = (
      await call('opA', 'POST', `/api/v1/tasks/${taskId}/acceptance`, { summary: '已补充照片' })
    ).json() as TAcceptance;
    const accepted = await call('sup', 'POST', `/api/v1/tasks/${taskId}/acceptance/decision`, {
      outcome: 'accepted_with_remarks',
      remarks: '资料齐全，请做好后续管护',
      version: again.requests[1]?.version,
    });
    expect(accepted.json()).toMatchObject({
      state: 'accepted_with_remarks',
      requests: [{ acceptance: 'returned' }, { acceptance: 'accepted_with_remarks' }],
    });
    const today = new Date(t.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(await ledgerCell(taskId)).toBe(`附意见通过（${today} 督查室 李娜）：资料齐全，请做好后续管护`);
    // The record names who asked and who decided, with the remarks (the task page and the ledger show it).
    expect((await call('opA', 'GET', `/api/v1/tasks/${taskId}/acceptance`)).json().requests).toMatchObject([
      {
        requestedByName: '甲单位联络员 王芳',
        decidedByName: '督查室 李娜',
        decisionComment: '缺少竣工验收照片',
      },
      {
        requestedByName: '甲单位联络员 王芳',
        decidedByName: '督查室 李娜',
        decisionComment: '资料齐全，请做好后续管护',
      },
    ]);
    expect(await taskStatus(taskId)).toBe('completed');
  });

  // The ledger's 验收情况 cell (print view and Excel export share it), as the office reads it.
  const ledgerCell = async (taskId: string) => {
    const res = await call(
      'sup',
      'GET',
      `/api/v1/tasks/ledger-sheet?decisionId=${decisionOf.get(taskId)}&columns=acceptance`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows[0]?.acceptance as string;
  };

  it('lets the lead leader accept only when the setting allows it, and requires evidence when it says so', async () => {
    const taskId = await newTask();
    const asked = (
      await call('opA', 'POST', `/api/v1/tasks/${taskId}/acceptance`, { summary: '完成' })
    ).json() as TAcceptance;
    const decide = (who: string) =>
      call(who, 'POST', `/api/v1/tasks/${taskId}/acceptance/decision`, {
        outcome: 'accepted',
        version: asked.requests[0]?.version,
      });
    expect((await decide('leader')).statusCode).toBe(403);
    expect((await setting({ 'acceptance.byLeader': true })).statusCode).toBe(200);
    expect((await call('leader', 'GET', `/api/v1/tasks/${taskId}/acceptance`)).json().abilities.decide).toBe(
      true,
    );
    expect((await decide('otherLeader')).statusCode).toBe(403);
    expect((await decide('opA')).statusCode).toBe(403);
    expect((await decide('leader')).statusCode).toBe(200);
    expect(await taskStatus(taskId)).toBe('completed');

    expect((await setting({ 'acceptance.requireEvidence': true })).statusCode).toBe(200);
    const bare = await newTask();
    const refused = await call('opA', 'POST', `/api/v1/tasks/${bare}/acceptance`, { summary: '完成' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('EVIDENCE_REQUIRED');
    expect(refused.json().error.details.fields[0].path).toBe('attachmentIds');
    expect(await taskStatus(bare)).toBe('in_progress');
    // The request queue's route is the same rule: no way round it.
    const viaQueue = await call('opA', 'POST', `/api/v1/tasks/${bare}/completion-requests`, {
      summary: '完成',
    });
    expect([viaQueue.statusCode, viaQueue.json().error.code]).toEqual([422, 'EVIDENCE_REQUIRED']);
    expect(await taskStatus(bare)).toBe('in_progress');
    // Someone else's upload is no evidence of this unit's work.
    const theirs = await uploadEvidence('opB');
    const borrowed = await call('opA', 'POST', `/api/v1/tasks/${bare}/acceptance`, {
      summary: '完成',
      attachmentIds: [theirs.id],
    });
    expect(borrowed.statusCode).toBe(422);
    expect(borrowed.json().error.details.fields[0].path).toBe('attachmentIds.0');
    expect(await taskStatus(bare)).toBe('in_progress');
    await setting({ 'acceptance.requireEvidence': false, 'acceptance.byLeader': false });
    // Off again (the default): the same bare request is taken.
    const taken = await call('opA', 'POST', `/api/v1/tasks/${bare}/acceptance`, { summary: '完成' });
    expect(taken.statusCode).toBe(201);
    expect(await taskStatus(bare)).toBe('completion_requested');
  });

  it('records the outcome when the office decides from its request queue too', async () => {
    const taskId = await newTask();
    const asked = (
      await call('opA', 'POST', `/api/v1/tasks/${taskId}/acceptance`, { summary: '完成' })
    ).json() as TAcceptance;
    const id = asked.requests[0]?.id;
    await call('sup', 'POST', `/api/v1/requests/${id}/decide`, { decision: 'approve', comment: '好' });
    expect((await call('opA', 'GET', `/api/v1/tasks/${taskId}/acceptance`)).json()).toMatchObject({
      state: 'accepted_with_remarks',
      abilities: { request: false, decide: false },
    });
  });
});
