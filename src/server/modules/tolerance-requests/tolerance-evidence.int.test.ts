/**
 * 容错纠错 evidence as files (issue 16): a unit files its request with files it uploaded; the office and the
 * ruling leader see them, another unit does not (404 on the file); another unit's upload is refused with the
 * offending field and no request is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import type { TAttachment, TAttachmentList } from '../attachments/attachments.schemas';

describe.each(dbKinds())('tolerance request evidence on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let leader: BuiltUser;
  let operatorA: BuiltUser;
  let operatorB: BuiltUser;
  let criticismId: string;

  const call = async (user: BuiltUser, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: await loginAs(t, user) },
      ...(payload ? { payload } : {}),
    });
  const upload = async (user: BuiltUser, name: string) => {
    const body = multipart({ name, type: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n') });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...body.headers, cookie: await loginAs(t, user) },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as TAttachment;
  };
  const evidenceOf = async (user: BuiltUser, id: string) =>
    (
      (
        await call(user, 'GET', `/api/v1/attachments?ownerKind=tolerance&ownerId=${id}`)
      ).json() as TAttachmentList
    ).items.map((a) => a.name);
  const file = (attachmentIds: string[]) =>
    call(operatorA, 'POST', '/api/v1/tolerance-requests', {
      targetKind: 'bulletin_criticism',
      targetId: criticismId,
      circumstances: '为抢抓政策窗口先行先试，程序上有瑕疵，未谋私利',
      evidence: '见附件：区发改委情况说明、会议纪要',
      attachmentIds,
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-03-05T02:00:00Z');
    const a = await buildUnit(t, { name: '区交通运输局' });
    office = await buildUser(t, { roles: ['supervisor'] });
    leader = await buildUser(t, { roles: ['leader'] });
    operatorA = await buildUser(t, { roles: ['unit_operator'], unitId: a.id });
    operatorB = await buildUser(t, { roles: ['unit_operator'], unitId: (await buildUnit(t)).id });
    const bulletin = (await call(office, 'POST', '/api/v1/bulletins', { period: '2026-02' })).json();
    criticismId = (
      await call(office, 'POST', `/api/v1/bulletins/${bulletin.id}/remarks`, {
        kind: 'criticism',
        unitId: a.id,
        text: '征地工作推进迟缓',
      })
    ).json().id;
    await call(office, 'POST', `/api/v1/bulletins/${bulletin.id}/publish`);
  });
  afterAll(async () => t.close());

  it('refuses another unit’s upload and stores nothing; the unit’s own files go with the request', async () => {
    const theirs = await upload(operatorB, '别的单位的材料.pdf');
    const refused = await file([theirs.id]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.fields[0].path).toBe('attachmentIds.0');
    expect((await call(office, 'GET', '/api/v1/tolerance-requests')).json().items).toEqual([]);

    const note = await upload(operatorA, '区发改委情况说明.pdf');
    const minutes = await upload(operatorA, '会议纪要.pdf');
    const filed = await file([note.id, minutes.id]);
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;

    expect((await evidenceOf(office, id)).sort()).toEqual(['会议纪要.pdf', '区发改委情况说明.pdf']);
    expect((await evidenceOf(leader, id)).sort()).toEqual(['会议纪要.pdf', '区发改委情况说明.pdf']);
    expect(await evidenceOf(operatorB, id)).toEqual([]);
    expect((await call(operatorB, 'GET', `/api/v1/attachments/${note.id}`)).statusCode).toBe(404);
  });
});
