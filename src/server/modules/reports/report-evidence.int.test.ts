/** 佐证材料 on progress reports (issue 15): a report cites the unit's uploads, and only those. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import type { TAttachment, TAttachmentList } from '../attachments/attachments.schemas';
import type { TReport } from './reports.schemas';

describe.each(dbKinds())('report evidence on %s', (kind) => {
  let t: TestApp;
  let taskId: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const unitA = (await buildUnit(t)).id;
    const unitB = (await buildUnit(t)).id;
    cookies.opA = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unitA }));
    cookies.opB = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unitB }));
    cookies.sup = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    ({ taskId } = await buildDecisionWithTask(t, { leadUnitId: unitA, status: 'in_progress' }));
  });
  afterAll(async () => t?.close());

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
  const submit = (who: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/reports`,
      headers: { cookie: cookies[who] },
      payload,
    });
  const evidenceOf = async (who: string, reportId: string) =>
    (
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/attachments?ownerKind=report&ownerId=${reportId}`,
          headers: { cookie: cookies[who] },
        })
      ).json() as TAttachmentList
    ).items.map((a) => a.name);
  const reportsOfTask = async () =>
    (
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/tasks/${taskId}/reports`,
          headers: { cookie: cookies.sup },
        })
      ).json() as { items: TReport[] }
    ).items;

  it('attaches the unit’s files to the report; the office sees them, another unit does not', async () => {
    const ledger = await upload('opA', '就业登记台账.pdf');
    const payload = {
      period: '2024-03',
      progress: 30,
      narrative: '新增就业900人',
      attachmentIds: [ledger.id],
    };
    const res = await submit('opA', payload);
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json() as TReport;
    expect(await evidenceOf('sup', report.id)).toEqual(['就业登记台账.pdf']);
    const theirs = await t.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${ledger.id}`,
      headers: { cookie: cookies.opB },
    });
    expect(theirs.statusCode).toBe(404);
    // A retry of the same submission (its answer lost) is answered with the report, nothing attached twice.
    const retry = await submit('opA', payload);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json().id).toBe(report.id);
    expect(await evidenceOf('sup', report.id)).toEqual(['就业登记台账.pdf']);
  });

  it('refuses another unit’s upload (422 on attachmentIds.0) and stores no report', async () => {
    const theirs = await upload('opB', '别人的材料.pdf');
    const res = await submit('opA', {
      period: '2024-02',
      progress: 20,
      narrative: '新增就业600人',
      attachmentIds: [theirs.id],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].path).toBe('attachmentIds.0');
    expect((await reportsOfTask()).filter((r) => r.period === '2024-02')).toEqual([]);
  });

  it('adds new files to what a returned report already cites when it is sent again', async () => {
    const first = await upload('opA', '一月台账.pdf');
    const sent = (
      await submit('opA', {
        period: '2024-01',
        progress: 10,
        narrative: '开展招聘会',
        attachmentIds: [first.id],
      })
    ).json() as TReport;
    const returned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${sent.id}/review`,
      headers: { cookie: cookies.sup },
      payload: { decision: 'return', comment: '请补充招聘会照片' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const photo = await upload('opA', '招聘会现场.pdf');
    const again = await submit('opA', {
      period: '2024-01',
      progress: 10,
      narrative: '开展招聘会，附现场材料',
      attachmentIds: [photo.id],
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().id).toBe(sent.id);
    expect(await evidenceOf('opA', sent.id)).toEqual(['一月台账.pdf', '招聘会现场.pdf']);
  });
});
