/**
 * 堵点 (issue #14): a unit raises a blocker on a project it holds a role in; the owner resolves, the raising unit
 * confirms or rejects; the office closes without resolution; early escalation with a reason; evidence files;
 * the ledger's filters, counts and export; 404 for those who may not see it, 422 naming the field, 409 on an
 * old version; every transition audited.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { tinyPng } from '../../../domain/photos.test-helpers';
import { multipart } from '../../../../test/helpers/multipart';
import { dbKinds } from '../../../../test/helpers/test-app';
import {
  buildProjectWorld,
  fieldsOf,
  type ProjectWorld,
  type Who,
} from '../projects/projects.fixtures.test-helpers';
import type { TProject } from '../projects/projects.schemas';
import type { TBlockerDetail, TBlockerList, TBlockerStats } from './blockers.schemas';

describe.each(dbKinds())('blockers on %s', (kind) => {
  let w: ProjectWorld;
  let p: TProject;
  const raise = (who: Who, over: object = {}) =>
    w.call(who, 'POST', '/api/v1/blockers', {
      projectId: p.id,
      kind: '征迁',
      title: '二期用地 12 户未签约',
      description: '剩余 12 户对补偿标准有异议',
      ask: '请自然资源局、区征收办协调补偿方案',
      askedUnitIds: [w.deptB],
      ownerUnitId: w.deptB,
      dueDate: '2026-05-31',
      ...over,
    });
  const get = (who: Who, id: string) => w.call(who, 'GET', `/api/v1/blockers/${id}`);
  const act = (who: Who, id: string, action: string, payload: object) =>
    w.call(who, 'POST', `/api/v1/blockers/${id}/${action}`, payload);

  beforeAll(async () => {
    w = await buildProjectWorld(kind);
    p = await w.create();
  });
  afterAll(async () => w.t.close());

  it('a unit raises a blocker on its project; bad input is 422 naming the field, nothing changed', async () => {
    const past = await raise('opA', { dueDate: '2026-04-19' });
    expect(past.statusCode).toBe(422);
    expect(fieldsOf(past)).toEqual(['dueDate']);
    const unknownUnit = await raise('opA', {
      askedUnitIds: [w.deptB, '0190a000-0000-7000-8000-000000000000'],
    });
    expect(unknownUnit.statusCode).toBe(422);
    expect(fieldsOf(unknownUnit)).toEqual(['askedUnitIds.1']);
    const badOwner = await raise('opA', { ownerUnitId: '0190a000-0000-7000-8000-000000000000' });
    expect(fieldsOf(badOwner)).toEqual(['ownerUnitId']);
    expect(fieldsOf(await raise('opA', { kind: '天气' }))).toEqual(['kind']);
    expect((await raise('opA', { title: '' })).statusCode).toBe(422);
    const both = await raise('opA', { taskId: '0190a000-0000-7000-8000-000000000000' });
    expect(fieldsOf(both)).toEqual(['projectId']);
    // A unit without a role in the project, the office (not a unit), another district: not theirs.
    expect((await raise('opC')).statusCode).toBe(404);
    expect((await raise('sup')).statusCode).toBe(403);
    expect((await raise('foreignSup')).statusCode).toBe(403);
    expect(((await w.call('sup', 'GET', '/api/v1/blockers')).json() as TBlockerList).total).toBe(0);

    const res = await raise('opA');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      level: 'unit',
      status: 'open',
      ownerKind: 'unit',
      ownerUnitId: w.deptB,
      raisedByUnitName: '东城街道',
      subjectName: '智能制造产业园',
      version: 1,
      // 20 April 2026 + 5 working days.
      levelDeadline: '2026-04-27',
      events: [{ kind: 'raised', toLevel: 'unit', actorName: '街道联络员' }],
    });
    const notified = await queryRows<{ n: number }>(
      w.t.db.orm,
      sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'blocker_raised'`,
    );
    expect(notified[0]?.n).toBeGreaterThan(0);
  });

  it('who sees it: the office, the project leader, its units; others 404', async () => {
    const id = ((await raise('opA')).json() as TBlockerDetail).id;
    for (const who of ['sup', 'leader', 'opA', 'headA', 'opB'] as const)
      expect((await get(who, id)).statusCode, who).toBe(200);
    for (const who of ['opC', 'leader2', 'foreignSup'] as const)
      expect((await get(who, id)).statusCode, who).toBe(404);
    expect((await get('admin', id)).statusCode).toBe(403);
    const list = (who: Who) => w.call(who, 'GET', '/api/v1/blockers');
    expect(((await list('opC')).json() as TBlockerList).total).toBe(0);
    expect(((await list('leader2')).json() as TBlockerList).total).toBe(0);
    expect(((await list('foreignSup')).json() as TBlockerList).total).toBe(0);
    expect(((await list('opB')).json() as TBlockerList).total).toBe(2);
    expect((await act('opC', id, 'resolve', { resolution: 'x', version: 1 })).statusCode).toBe(404);
  });

  it('escalates early with a reason, one step at a time, by whoever owns it then', async () => {
    const id = ((await raise('opA')).json() as TBlockerDetail).id;
    expect(fieldsOf(await act('opB', id, 'escalate', { reason: '', version: 1 }))).toEqual(['reason']);
    expect((await act('opB', id, 'escalate', { reason: '超出职权', version: 2 })).statusCode).toBe(409);
    // The raising unit does not own it.
    expect((await act('opA', id, 'escalate', { reason: '超出职权', version: 1 })).statusCode).toBe(403);
    const up = await act('opB', id, 'escalate', { reason: '涉及补偿标准调整，超出本单位职权', version: 1 });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({
      level: 'leader',
      ownerKind: 'leader',
      ownerUserName: '王区长',
      version: 2,
    });
    expect((await act('opB', id, 'escalate', { reason: '再上交', version: 2 })).statusCode).toBe(403);
    const meeting = await act('leader', id, 'escalate', { reason: '需例会统筹', version: 2 });
    expect(meeting.json()).toMatchObject({ level: 'meeting', ownerKind: 'office' });
    const top = await act('sup', id, 'escalate', { reason: '提请常委会研究', version: 3 });
    expect(top.json()).toMatchObject({ level: 'committee', levelDeadline: null });
    expect((await act('sup', id, 'escalate', { reason: '没有更高', version: 4 })).statusCode).toBe(409);
    const events = (top.json() as TBlockerDetail).events.map((e) => [e.kind, e.toLevel]);
    expect(events).toEqual([
      ['raised', 'unit'],
      ['escalated_early', 'leader'],
      ['escalated_early', 'meeting'],
      ['escalated_early', 'committee'],
    ]);
    const leaderNotice = await queryRows<{ n: number }>(
      w.t.db.orm,
      sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'blocker_escalated' AND user_id = ${w.ids.leader}`,
    );
    expect(leaderNotice[0]?.n).toBe(1);
  });

  it('the owner resolves, the raising unit rejects (back to open) then confirms; each step audited', async () => {
    const id = ((await raise('opA')).json() as TBlockerDetail).id;
    expect(fieldsOf(await act('opB', id, 'resolve', { resolution: '', version: 1 }))).toEqual(['resolution']);
    expect((await act('opC', id, 'resolve', { resolution: '已办', version: 1 })).statusCode).toBe(404);
    const done = await act('opB', id, 'resolve', { resolution: '已与 12 户签订补偿协议', version: 1 });
    expect(done.json()).toMatchObject({ status: 'pending_confirmation', abilities: { confirm: false } });
    expect((await act('opB', id, 'confirm', { version: 2 })).statusCode).toBe(403);
    expect((await act('opA', id, 'confirm', { version: 1 })).statusCode).toBe(409);
    expect(fieldsOf(await act('opA', id, 'reject', { reason: '', version: 2 }))).toEqual(['reason']);
    const back = await act('opA', id, 'reject', { reason: '仍有 3 户未签', version: 2 });
    expect(back.json()).toMatchObject({ status: 'open', resolution: null, version: 3 });
    expect((await act('opA', id, 'confirm', { version: 3 })).statusCode).toBe(409);
    await act('opB', id, 'resolve', { resolution: '12 户全部签约', version: 3 });
    const ok = await act('opA', id, 'confirm', { version: 4 });
    expect(ok.json()).toMatchObject({ status: 'resolved', resolution: '12 户全部签约' });
    expect((await act('sup', id, 'close', { reason: '重复', version: 5 })).statusCode).toBe(409);
    expect((await act('opB', id, 'resolve', { resolution: '再办', version: 5 })).statusCode).toBe(409);
    const actions = await queryRows<{ action: string }>(
      w.t.db.orm,
      sql`SELECT action FROM audit_events WHERE entity_type = 'blocker' AND entity_id = ${id} ORDER BY seq`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'blocker.raised',
      'blocker.resolution_proposed',
      'blocker.rejected',
      'blocker.resolution_proposed',
      'blocker.confirmed',
    ]);
  });

  it('only the office closes without resolution, with a reason', async () => {
    const id = ((await raise('opA')).json() as TBlockerDetail).id;
    expect((await act('opA', id, 'close', { reason: '不再需要', version: 1 })).statusCode).toBe(403);
    expect(fieldsOf(await act('sup', id, 'close', { reason: ' ', version: 1 }))).toEqual(['reason']);
    const closed = await act('sup', id, 'close', { reason: '项目调整，不再需要征地', version: 1 });
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: '项目调整，不再需要征地' });
    expect((await act('opA', id, 'escalate', { reason: 'x', version: 2 })).statusCode).toBe(403);
    expect((await act('opB', id, 'escalate', { reason: 'x', version: 2 })).statusCode).toBe(409);
    expect((await act('sup', id, 'escalate', { reason: 'x', version: 2 })).statusCode).toBe(409);
  });

  it('evidence: photos and PDFs from its people, nothing else', async () => {
    const id = ((await raise('opA')).json() as TBlockerDetail).id;
    const upload = (who: Who, bytes: Buffer, name: string, type: string) => {
      const body = multipart({ name, type, bytes });
      return w.t.app.inject({
        method: 'POST',
        url: `/api/v1/blockers/${id}/files`,
        headers: { ...body.headers, cookie: w.cookies[who] },
        payload: body.payload,
      });
    };
    const png = await upload('opA', Buffer.from(tinyPng()), '现场.png', 'image/png');
    expect(png.statusCode, png.body).toBe(201);
    const pdf = await upload('opB', Buffer.from('%PDF-1.4\n%%EOF\n'), '协调函.pdf', 'application/pdf');
    expect(pdf.json()).toMatchObject({ contentType: 'application/pdf', name: '协调函.pdf' });
    const txt = await upload('opA', Buffer.from('hello world'), 'a.txt', 'text/plain');
    expect(txt.statusCode).toBe(422);
    expect(fieldsOf(txt)).toEqual(['file']);
    expect((await upload('opC', Buffer.from(tinyPng()), 'x.png', 'image/png')).statusCode).toBe(404);
    const detail = (await get('leader', id)).json() as TBlockerDetail;
    expect(detail.files.map((f) => f.name)).toEqual(['现场.png', '协调函.pdf']);
    const fileId = detail.files[0]?.id ?? '';
    const got = await w.call('opB', 'GET', `/api/v1/blockers/${id}/files/${fileId}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect((await w.call('opC', 'GET', `/api/v1/blockers/${id}/files/${fileId}`)).statusCode).toBe(404);
  });

  it('the ledger: filters, counts per kind and leader, Excel export', async () => {
    await raise('opA', { kind: '资金', title: '配套资金未到位' });
    const list = async (q: string) => {
      const res = await w.call('sup', 'GET', `/api/v1/blockers?${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as TBlockerList;
    };
    expect((await list('kind=资金')).items.map((b) => b.title)).toEqual(['配套资金未到位']);
    expect((await list('level=committee')).total).toBe(1);
    expect((await list('status=resolved')).total).toBe(1);
    expect((await list(`ownerUnitId=${w.deptB}&status=closed`)).total).toBe(1);
    expect((await list(`leaderId=${w.ids.leader}`)).total).toBe((await list('')).total);
    expect((await list(`leaderId=${w.ids.leader2}`)).total).toBe(0);
    expect((await list('minAgeDays=1')).total).toBe(0);
    await queryRows(
      w.t.db.orm,
      sql`UPDATE blockers SET raised_at = '2026-04-10T02:00:00Z' WHERE title = '配套资金未到位' RETURNING id`,
    );
    expect((await list('minAgeDays=10')).items.map((b) => [b.title, b.ageDays])).toEqual([
      ['配套资金未到位', 10],
    ]);
    expect((await list('minAgeDays=11')).total).toBe(0);
    expect(await list('pageSize=2&page=1')).toMatchObject({
      total: 7,
      kinds: ['手续', '征迁', '配套', '资金', '政策', '其他'],
    });
    const stats = (await w.call('sup', 'GET', '/api/v1/blockers/stats')).json() as TBlockerStats;
    expect(stats.byKind).toEqual([
      { key: '征迁', label: '征迁', count: 4 },
      { key: '资金', label: '资金', count: 1 },
    ]);
    expect(stats.byLeader).toEqual([{ key: w.ids.leader, label: '王区长', count: 5 }]);
    expect(stats.byLevel.find((l) => l.key === 'committee')?.count).toBe(1);
    const xlsx = await w.call('opA', 'GET', '/api/v1/blockers/export.xlsx?kind=征迁');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await w.call('admin', 'GET', '/api/v1/blockers/export.xlsx')).statusCode).toBe(403);
  });
});
