import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { queryRows } from '../../db/client';
import { withSystemTx } from '../../db/tx';

const receiptShape = /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/;

describe.each(dbKinds())('public feedback on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let leader: string;
  let unitUser: string;
  let taskCode: string;
  let taskId: string;
  let unitId: string;
  const send = (payload: object, slug = 'default') =>
    t.app.inject({ method: 'POST', url: `/public/api/${slug}/feedback`, payload });
  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) });
  const post = (url: string, payload: object, cookie = office) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
  const pending = async () =>
    (await get('/api/v1/feedback?status=pending', office)).json().items as Array<{
      id: string;
      message: string;
      version: number;
    }>;

  beforeAll(async () => {
    t = await createTestApp(kind, { config: { feedbackRateLimitPerHour: 100 } });
    t.clock.set(new Date('2024-07-15T02:00:00Z'));
    const unit = await buildUnit(t, { name: '区城管局' });
    unitId = unit.id;
    office = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    leader = await loginAs(t, await buildUser(t, { roles: ['leader'] }));
    unitUser = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unit.id }));
    const made = await buildDecisionWithTask(t, { leadUnitId: unit.id });
    taskId = made.taskId;
    const disclosure = await post(`/api/v1/decisions/${made.decisionId}/disclosure`, {});
    expect(disclosure.statusCode).toBe(404);
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/decisions/${made.decisionId}/disclosure`,
      headers: { cookie: office },
      payload: { scope: 'all', version: 0 },
    });
    taskCode = (await get('/public/api/default/tasks')).json().tasks[0].key;
  });
  afterAll(async () => t.close());

  it('stores a message as pending with the contact sealed, and gives a receipt once', async () => {
    const res = await send({
      subject: 'general',
      message: '小区门口路灯坏了三个月。',
      contact: '13912345678',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      receipt: expect.stringMatching(receiptShape),
      status: 'pending',
      receivedOn: '2024-07-15',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    const raw = await withSystemTx(t.db, (tx) =>
      queryRows<{ contact: string; receipt_hash: string }>(
        tx,
        sql`SELECT contact, receipt_hash FROM feedback_messages`,
      ),
    );
    expect(raw).toHaveLength(1);
    expect(raw[0]?.contact).toMatch(/^v1:/);
    expect(raw[0]?.contact).not.toContain('13912345678');
    expect(raw[0]?.receipt_hash).not.toContain(res.json().receipt);
    const lookup = await get(
      `/public/api/default/feedback/${res.json().receipt.toLowerCase().replace(/-/g, '')}`,
    );
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json()).toMatchObject({
      status: 'pending',
      about: '综合',
      caseOpened: false,
      answer: null,
    });
    expect(lookup.body).not.toContain('13912345678');
    expect(lookup.body).not.toContain('路灯');
  });

  it('refuses what is not a public subject, too short or too long, changing nothing; unknown receipts and districts 404', async () => {
    const strange = await send({ subject: 'task', about: 'NO-SUCH', message: '关于这个任务的意见建议' });
    expect(strange.statusCode).toBe(422);
    expect(strange.json().error.details.fields[0].path).toBe('about');
    expect((await send({ subject: 'general', message: '短' })).statusCode).toBe(422);
    expect((await send({ subject: 'general', message: '长'.repeat(2001) })).statusCode).toBe(422);
    expect((await send({ subject: 'general', message: '留言内容足够长', extra: 1 })).statusCode).toBe(422);
    expect((await send({ subject: 'general', message: '留言内容足够长' }, 'nowhere')).statusCode).toBe(404);
    expect(await pending()).toHaveLength(1);
    expect((await get('/public/api/default/feedback/ABCD-EFGH-JKMN-PQRS')).statusCode).toBe(404);
    expect((await get('/public/api/default/feedback/not-a-code')).statusCode).toBe(404);
  });

  it('lets the office see the contact, a leader the message without it, a unit user nothing', async () => {
    const [mine] = await pending();
    expect(mine).toMatchObject({
      contact: '13912345678',
      abilities: { openCase: true, answer: true, close: true },
    });
    const seen = (await get('/api/v1/feedback', leader)).json().items[0];
    expect(seen.contact).toBeNull();
    expect(seen.abilities).toEqual({ openCase: false, answer: false, close: false });
    expect((await get('/api/v1/feedback', unitUser)).statusCode).toBe(403);
  });

  it('turns a message about a public task into a complaint case linked both ways, then answers it in public', async () => {
    const sent = await send({
      subject: 'task',
      about: taskCode,
      message: '书房开放时间太短，我的电话13800138000，希望延长到晚上九点。',
      contact: '张先生',
    });
    expect(sent.statusCode).toBe(201);
    const receipt = sent.json().receipt as string;
    const message = (await pending()).find((m) => m.message.includes('书房'));
    if (!message) throw new Error('no message');
    expect(message).toMatchObject({
      about: expect.stringContaining(taskCode),
      taskId,
      suggestedPublicMessage: expect.stringContaining('［电话已隐去］'),
    });
    const body = {
      version: message.version,
      title: '群众反映书房开放时间短',
      level: 'general',
      requirements: '研究延长开放时间并答复',
      deadline: '2024-07-30',
    };
    expect((await post(`/api/v1/feedback/${message.id}/case`, body, unitUser)).statusCode).toBe(403);
    const opened = await post(`/api/v1/feedback/${message.id}/case`, body);
    expect(opened.statusCode, opened.body).toBe(201);
    const { feedback, case: theCase } = opened.json();
    expect(feedback).toMatchObject({
      status: 'case',
      caseId: theCase.id,
      abilities: { openCase: false, answer: true, close: false },
    });
    expect(theCase).toMatchObject({
      origin: 'complaint',
      feedbackId: message.id,
      taskIds: [taskId],
      unitIds: [unitId],
    });
    expect((await get(`/api/v1/cases/${theCase.id}`, office)).json().feedbackId).toBe(message.id);
    expect(
      (await post(`/api/v1/feedback/${message.id}/case`, { ...body, version: feedback.version })).statusCode,
    ).toBe(409);
    expect((await get(`/public/api/default/feedback/${receipt}`)).json()).toMatchObject({
      status: 'case',
      caseOpened: true,
    });

    const stale = await post(`/api/v1/feedback/${message.id}/answer`, {
      version: message.version,
      answer: '已延长',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const noText = await post(`/api/v1/feedback/${message.id}/answer`, {
      version: feedback.version,
      answer: '已延长',
      publish: true,
    });
    expect(noText.statusCode).toBe(422);
    expect(noText.json().error.details.fields[0].path).toBe('publicMessage');
    const answered = await post(`/api/v1/feedback/${message.id}/answer`, {
      version: feedback.version,
      answer: '自8月1日起城市书房开放至21:00。',
      publish: true,
      publicMessage: '书房开放时间太短，希望延长到晚上九点。',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', isPublished: true });

    const lookup = (await get(`/public/api/default/feedback/${receipt}`)).json();
    expect(lookup).toMatchObject({
      status: 'answered',
      answer: '自8月1日起城市书房开放至21:00。',
      caseOpened: true,
    });
    const published = await get('/public/api/default/feedback');
    expect(published.json().items).toEqual([
      {
        about: expect.stringContaining(taskCode),
        message: '书房开放时间太短，希望延长到晚上九点。',
        answer: '自8月1日起城市书房开放至21:00。',
        receivedOn: '2024-07-15',
        answeredOn: '2024-07-15',
      },
    ]);
    for (const secret of ['13800138000', '张先生', '13912345678', '路灯'])
      expect(published.body).not.toContain(secret);
    const page = await get('/public/default/feedback');
    expect(page.body).toContain('自8月1日起城市书房开放至21:00。');
    expect(page.body).not.toContain('13800138000');
  });

  it('closes a message as not actionable with a reason the sender reads; a closed one is final; all audited', async () => {
    const [message] = await pending();
    if (!message) throw new Error('no message');
    expect(
      (await post(`/api/v1/feedback/${message.id}/close`, { version: message.version, reason: '' }))
        .statusCode,
    ).toBe(422);
    const closed = await post(`/api/v1/feedback/${message.id}/close`, {
      version: message.version,
      reason: '路灯属供电公司管理，已转告。',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: '路灯属供电公司管理，已转告。' });
    const again = await post(`/api/v1/feedback/${message.id}/answer`, {
      version: closed.json().version,
      answer: '再答复',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVALID_TRANSITION');
    const audit = await get(
      '/api/v1/audit?limit=20',
      await loginAs(t, await buildUser(t, { roles: ['auditor'] })),
    );
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    for (const a of ['feedback.case_opened', 'feedback.answered', 'feedback.closed'])
      expect(actions).toContain(a);
    expect(audit.body).not.toContain('13912345678');
  });

  it('takes the page form (form-encoded, no script): a receipt page, or the form again with the field’s error', async () => {
    const form = (body: string, url = '/public/default/feedback') =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: body,
      });
    const ok = await form(
      `about=task%3A${encodeURIComponent(taskCode)}&message=${encodeURIComponent('希望增加儿童绘本')}&contact=`,
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.headers['content-type']).toContain('text/html');
    // Under no-referrer a browser posts the page's forms with Origin: null, which the cross-site guard refuses.
    expect((await get('/public/default/feedback')).headers['referrer-policy']).toBe('same-origin');
    const receipt = ok.body.match(/id="receipt-code">([A-Z2-9-]+)</)?.[1] ?? '';
    expect(receipt).toMatch(receiptShape);
    const looked = await form(`receipt=${receipt}`, '/public/default/feedback/lookup');
    expect(looked.statusCode).toBe(200);
    expect(looked.body).toContain('待处理');
    const bad = await form('about=general&message=%E7%9F%AD');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('aria-invalid="true"');
    expect(bad.body).toContain('请至少写 5 个字');
    // No session route accepts a form-encoded body (a cross-site form could send one).
    const api = await t.app.inject({
      method: 'POST',
      url: '/api/v1/feedback/00000000-0000-0000-0000-000000000000/close',
      headers: { cookie: office, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'version=1&reason=x',
    });
    expect(api.statusCode).toBe(415);
  });
});

describe.each(dbKinds())('public feedback rate limit on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { config: { feedbackRateLimitPerHour: 2 } });
  });
  afterAll(async () => t.close());

  it('refuses more messages per hour from one address than allowed (429), while reads go on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/public/api/default/feedback',
            payload: { subject: 'general', message: `第${i}条意见建议内容` },
          })
        ).statusCode,
      );
    expect(statuses).toEqual([201, 201, 429]);
    expect((await t.app.inject({ method: 'GET', url: '/public/api/default/feedback' })).statusCode).toBe(200);
  });
});
