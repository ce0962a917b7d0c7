/** 佐证材料 on case answers and rectifications (issue 15): the unit's own uploads, seen by the office. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import type { TAttachment, TAttachmentList } from '../attachments/attachments.schemas';

describe.each(dbKinds())('supervision evidence on %s', (kind) => {
  let t: TestApp;
  let unitId: string;
  let taskId: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-05-10T02:00:00Z');
    unitId = (await buildUnit(t, { name: '区市场监督管理局' })).id;
    const otherUnitId = (await buildUnit(t, { name: '区民政局' })).id;
    cookies.sup = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    cookies.op = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId }));
    cookies.other = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: otherUnitId }));
    taskId = (await buildDecisionWithTask(t, { leadUnitId: unitId })).taskId;
  });
  afterAll(async () => t?.close());

  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] }, ...(payload ? { payload } : {}) });
  const upload = async (who: string, name: string) => {
    const body = multipart({ name, type: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n') });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...body.headers, cookie: cookies[who] },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as TAttachment;
  };
  const evidence = async (who: string, ownerKind: string, ownerId: string) =>
    (
      (
        await call(who, 'GET', `/api/v1/attachments?ownerKind=${ownerKind}&ownerId=${ownerId}`)
      ).json() as TAttachmentList
    ).items.map((a) => a.name);

  it('a case is answered with the unit’s files; another unit’s upload is refused and nothing changes', async () => {
    const opened = await call('sup', 'POST', '/api/v1/cases', {
      title: '食品安全检查进度滞后',
      origin: 'warning',
      level: 'general',
      requirements: '请于月底前提交整改方案',
      deadline: '2024-05-31',
      taskIds: [taskId],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().id as string;

    const theirs = await upload('other', '民政局材料.pdf');
    const refused = await call('op', 'POST', `/api/v1/cases/${caseId}/answer`, {
      answer: '已制定整改方案',
      attachmentIds: [theirs.id],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.fields[0].path).toBe('attachmentIds.0');
    expect((await call('sup', 'GET', `/api/v1/cases/${caseId}`)).json().status).toBe('issued');

    const plan = await upload('op', '整改方案.pdf');
    const answered = await call('op', 'POST', `/api/v1/cases/${caseId}/answer`, {
      answer: '已制定整改方案',
      attachmentIds: [plan.id],
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().status).toBe('answered');
    expect(await evidence('sup', 'case', caseId)).toEqual(['整改方案.pdf']);
    expect((await call('other', 'GET', `/api/v1/attachments/${plan.id}`)).statusCode).toBe(404);
  });

  it('a rectification is submitted with the unit’s files, which the office sees when verifying', async () => {
    const res = await call('sup', 'POST', '/api/v1/inspections', {
      date: '2024-05-10',
      team: '督查室 张三',
      places: '城东农贸市场',
      findings: [{ finding: '农贸市场台账不全', unitId, deadline: '2024-05-31' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const rect = res.json().rectifications[0] as { id: string; version: number };

    const theirs = await upload('other', '别人的照片.pdf');
    const refused = await call('op', 'POST', `/api/v1/rectifications/${rect.id}/submit`, {
      measures: '补齐台账',
      attachmentIds: [theirs.id],
      version: rect.version,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.fields[0].path).toBe('attachmentIds.0');

    const ledger = await upload('op', '市场台账.pdf');
    const submitted = await call('op', 'POST', `/api/v1/rectifications/${rect.id}/submit`, {
      measures: '补齐台账',
      attachmentIds: [ledger.id],
      version: rect.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: rect.version + 1 });
    expect(await evidence('sup', 'rectification', rect.id)).toEqual(['市场台账.pdf']);
  });
});
