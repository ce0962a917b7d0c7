/**
 * 周六例会 (issue 14): the office prepares a meeting, drafts the agenda from carried decisions, blockers escalated
 * to the meeting (oldest first), red projects (not twice) and overdue joint reviews; records decisions that
 * become published tasks of the lead unit (told at once) and move the blocker to coordinating; writes minutes.
 */
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { withSystemTx } from '../../db/tx';
import { insertBlocker, insertJointReview } from '../../../../test/helpers/meeting-sources';
import { dbKinds } from '../../../../test/helpers/test-app';
import { buildProjectWorld, fieldsOf, type ProjectWorld } from '../projects/projects.fixtures.test-helpers';
import type { TMeetingDecision, TMeetingDetail } from './meetings.schemas';

describe.each(dbKinds())('weekly project meetings on %s', (kind) => {
  let w: ProjectWorld;
  let meeting: TMeetingDetail;
  const src = { p1: '', p2: '', p3: '', b1: '', b2: '', b3: '', b4: '', r1: '', r2: '' };
  let decision: TMeetingDecision;

  beforeAll(async () => {
    w = await buildProjectWorld(kind);
    // P1 and P2 plan 100万 a month and report nothing: red. P3 is suspended: green.
    src.p1 = (await w.create({ name: '智能制造产业园' })).id;
    src.p2 = (await w.create({ name: '城市快速路' })).id;
    src.p3 = (await w.create({ name: '老旧小区改造', stage: 'suspended', stageReason: '资金未到位' })).id;
    src.b1 = await insertBlocker(w.t, {
      projectId: src.p1,
      unitId: w.streetA,
      title: '征地拆迁未完成',
      level: 'meeting',
      raisedAt: '2026-04-01T02:00:00Z',
    });
    src.b2 = await insertBlocker(w.t, {
      projectId: src.p3,
      unitId: w.streetA,
      title: '配套资金缺口',
      level: 'meeting',
      raisedAt: '2026-03-01T02:00:00Z',
    });
    // Not the meeting's: still with the leader, and one already resolved.
    src.b3 = await insertBlocker(w.t, {
      projectId: src.p2,
      unitId: w.streetA,
      title: '施工许可',
      level: 'leader',
      raisedAt: '2026-02-01T02:00:00Z',
    });
    src.b4 = await insertBlocker(w.t, {
      projectId: src.p2,
      unitId: w.streetA,
      title: '已解决的问题',
      level: 'meeting',
      status: 'resolved',
      raisedAt: '2026-02-01T02:00:00Z',
    });
    src.r1 = await insertJointReview(w.t, {
      projectId: src.p2,
      title: '快速路规划许可联审',
      deadline: '2026-04-10',
      unitIds: [w.deptB, w.deptC],
      answered: [w.deptC],
    });
    // Not yet past its deadline on the meeting's day.
    src.r2 = await insertJointReview(w.t, {
      projectId: src.p1,
      title: '产业园环评联审',
      deadline: '2026-04-30',
      unitIds: [w.deptB],
    });
  });
  afterAll(async () => w.t.close());

  const create = (who: 'sup' | 'leader', heldOn = '2026-04-25') =>
    w.call(who, 'POST', '/api/v1/meetings', {
      title: '第16次项目例会',
      heldOn,
      location: '区行政中心三楼会议室',
      chair: '王区长',
      attendees: ['王区长', '李副区长', '区发改委主任'],
    });

  it('the office creates a meeting; leaders read it; units and other districts do not', async () => {
    expect((await create('leader')).statusCode).toBe(403);
    const res = await create('sup');
    expect(res.statusCode).toBe(201);
    meeting = res.json() as TMeetingDetail;
    expect(meeting).toMatchObject({
      status: 'preparing',
      attendees: ['王区长', '李副区长', '区发改委主任'],
      agenda: [],
      abilities: { draftAgenda: true, decide: true, markHeld: true },
    });
    const list = (await w.call('leader', 'GET', '/api/v1/meetings')).json() as {
      items: Array<{ id: string; abilities: { update: boolean } }>;
      abilities: { create: boolean };
    };
    expect(list.items.map((m) => m.id)).toEqual([meeting.id]);
    expect(list.items[0]?.abilities.update).toBe(false);
    expect(list.abilities.create).toBe(false);
    expect((await w.call('opA', 'GET', '/api/v1/meetings')).statusCode).toBe(403);
    expect((await w.call('foreignSup', 'GET', `/api/v1/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect(
      (await w.call('foreignSup', 'PATCH', `/api/v1/meetings/${meeting.id}`, { version: 1, title: '越权' }))
        .statusCode,
    ).toBe(404);
  });

  it('drafts the agenda: meeting blockers oldest first, red projects not twice, overdue reviews', async () => {
    expect(
      (await w.call('sup', 'POST', `/api/v1/meetings/${meeting.id}/agenda/draft`, { version: 9 })).statusCode,
    ).toBe(409);
    const res = await w.call('sup', 'POST', `/api/v1/meetings/${meeting.id}/agenda/draft`, { version: 1 });
    expect(res.statusCode).toBe(200);
    meeting = res.json() as TMeetingDetail;
    expect(meeting.agenda.map((i) => [i.kind, i.blockerId ?? i.jointReviewId ?? i.projectId])).toEqual([
      ['blocker', src.b2],
      ['blocker', src.b1],
      // P1 is red too, but its blocker item above already shows it.
      ['project', src.p2],
      ['joint_review', src.r1],
    ]);
    const b1 = meeting.agenda[1];
    expect(b1?.facts.project).toMatchObject({ name: '智能制造产业园', light: 'red', stage: 'construction' });
    expect(b1?.facts.blocker).toMatchObject({ title: '征地拆迁未完成', level: 'meeting', status: 'open' });
    expect(b1?.facts.blocker?.events.map((e) => e.kind)).toEqual(['raised']);
    expect(meeting.agenda[3]?.facts.review?.items.map((i) => [i.status, i.overdue])).toEqual([
      ['pending', true],
      ['approved', false],
    ]);
    const agenda = (await w.call('leader', 'GET', `/api/v1/meetings/${meeting.id}/agenda`)).json() as {
      items: unknown[];
    };
    expect(agenda.items).toHaveLength(4);
  });

  it('refuses a decision without lead unit or due date, before the meeting, or with unknown units (422)', async () => {
    const item = meeting.agenda[1]?.id;
    const post = (body: object) => w.call('sup', 'POST', `/api/v1/meetings/${meeting.id}/decisions`, body);
    const base = {
      itemId: item,
      content: '区征收办5月15日前完成征地',
      leadUnitId: w.streetA,
      dueDate: '2026-05-15',
    };
    const cases: Array<[object, string]> = [
      [{ ...base, leadUnitId: undefined }, 'leadUnitId'],
      [{ ...base, dueDate: undefined }, 'dueDate'],
      [{ ...base, dueDate: '2026-04-24' }, 'dueDate'],
      [{ ...base, leadUnitId: '00000000-0000-7000-8000-000000000009' }, 'leadUnitId'],
      [{ ...base, coUnitIds: [w.deptB, '00000000-0000-7000-8000-000000000009'] }, 'coUnitIds.1'],
      [{ ...base, leaderId: w.ids.opA }, 'leaderId'],
      [{ ...base, itemId: '00000000-0000-7000-8000-000000000009' }, 'itemId'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.statusCode, field).toBe(422);
      expect(fieldsOf(res), field).toContain(field);
    }
    expect(
      (await w.call('leader', 'POST', `/api/v1/meetings/${meeting.id}/decisions`, base)).statusCode,
    ).toBe(403);
    const [{ n }] = (await queryRows<{ n: number }>(
      w.t.db.orm,
      sql`SELECT count(*)::int AS n FROM tasks WHERE code LIKE '2026-LH-%'`,
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('a decision becomes a published task of the lead unit at once; the blocker goes to coordinating', async () => {
    const res = await w.call('sup', 'POST', `/api/v1/meetings/${meeting.id}/decisions`, {
      itemId: meeting.agenda[1]?.id,
      content: '区征收办牵头，5月15日前完成剩余12户征迁',
      leadUnitId: w.streetA,
      leaderId: w.ids.leader,
      coUnitIds: [w.deptB],
      dueDate: '2026-05-15',
    });
    expect(res.statusCode).toBe(201);
    decision = res.json() as TMeetingDecision;
    expect(decision).toMatchObject({
      blockerId: src.b1,
      projectId: src.p1,
      leadUnitName: '东城街道',
      leaderName: '王区长',
      coUnitNames: ['项目指挥部'],
      taskCode: '2026-LH-001',
      taskStatus: 'published',
    });
    // The lead unit sees it in its tasks and its inbox; a bystander unit does not.
    const task = await w.call('opA', 'GET', `/api/v1/tasks/${decision.taskId}`);
    expect(task.statusCode).toBe(200);
    expect(task.json()).toMatchObject({
      status: 'published',
      dueDate: '2026-05-15',
      leadLeaderId: w.ids.leader,
    });
    expect((await w.call('opC', 'GET', `/api/v1/tasks/${decision.taskId}`)).statusCode).toBe(404);
    const mine = (await w.call('opA', 'GET', '/api/v1/tasks')).json() as { items: Array<{ id: string }> };
    expect(mine.items.map((t) => t.id)).toContain(decision.taskId);
    const inbox = (await w.call('opA', 'GET', '/api/v1/inbox')).json() as {
      items: Array<{ kind: string; entityId: string }>;
    };
    expect(inbox.items).toContainEqual(
      expect.objectContaining({ kind: 'meeting_decision', entityId: decision.taskId }),
    );
    const coInbox = (await w.call('opB', 'GET', '/api/v1/inbox')).json() as {
      items: Array<{ kind: string }>;
    };
    expect(coInbox.items.map((i) => i.kind)).toContain('meeting_decision');
    // The blocker: coordinating, version + 1, the decision on its history.
    const [blocker] = await queryRows<{ status: string; version: number }>(
      w.t.db.orm,
      sql`SELECT status, version FROM blockers WHERE id = ${src.b1}`,
    );
    expect(blocker).toEqual({ status: 'coordinating', version: 2 });
    const events = await queryRows<{ kind: string; meeting_decision_id: string }>(
      w.t.db.orm,
      sql`SELECT kind, meeting_decision_id FROM blocker_events WHERE blocker_id = ${src.b1} ORDER BY at`,
    );
    expect(events.at(-1)).toEqual({ kind: 'decision_attached', meeting_decision_id: decision.id });
    // One minutes decision per meeting, of its own kind.
    const second = await w.call('sup', 'POST', `/api/v1/meetings/${meeting.id}/decisions`, {
      content: '区发改委会同财政局研究资金方案',
      leadUnitId: w.deptB,
      dueDate: '2026-04-25',
    });
    expect(second.json()).toMatchObject({ taskCode: '2026-LH-002', itemId: null, blockerId: null });
    const docs = await queryRows<{ kind: string; n: number }>(
      w.t.db.orm,
      sql`SELECT d.kind, (SELECT count(*)::int FROM tasks t WHERE t.decision_id = d.id) AS n
            FROM decisions d JOIN meetings m ON m.decision_id = d.id WHERE m.id = ${meeting.id}`,
    );
    expect(docs).toEqual([{ kind: 'project_meeting', n: 2 }]);
  });

  it('reorders, adds and removes items; a decided item stays; stale versions are refused', async () => {
    meeting = (await w.call('sup', 'GET', `/api/v1/meetings/${meeting.id}`)).json() as TMeetingDetail;
    const [a, b, c, d] = meeting.agenda.map((i) => i.id);
    const put = (items: object[], version = meeting.version) =>
      w.call('sup', 'PUT', `/api/v1/meetings/${meeting.id}/agenda`, { version, items });
    expect((await put([{ id: b }], meeting.version - 1)).statusCode).toBe(409);
    const dropDecided = await put([{ id: a }, { id: c }, { id: d }]);
    expect(dropDecided.statusCode).toBe(409);
    expect(fieldsOf(await put([{ id: b }, { id: '00000000-0000-7000-8000-000000000009' }]))).toEqual([
      'items.1.id',
    ]);
    const res = await put([
      { id: b, notes: '征收办汇报' },
      { id: d },
      { title: '其他事项：防汛准备' },
      { id: a },
    ]);
    expect(res.statusCode).toBe(200);
    meeting = res.json() as TMeetingDetail;
    expect(meeting.agenda.map((i) => i.kind)).toEqual(['blocker', 'joint_review', 'other', 'blocker']);
    expect(meeting.agenda[0]).toMatchObject({ id: b, notes: '征收办汇报', decided: true });
    // A new draft keeps the decided item and the one added by hand, and brings back what the sources still give.
    const again = await w.call('sup', 'POST', `/api/v1/meetings/${meeting.id}/agenda/draft`, {
      version: meeting.version,
    });
    meeting = again.json() as TMeetingDetail;
    expect(meeting.agenda.map((i) => [i.kind, i.title])).toEqual([
      ['blocker', '征地拆迁未完成'],
      ['other', '其他事项：防汛准备'],
      ['blocker', '配套资金缺口'],
      // B1 is coordinating now, so P1 is back as a red project.
      ['project', '红灯项目：智能制造产业园'],
      ['project', '红灯项目：城市快速路'],
      ['joint_review', '联审联批超期：快速路规划许可联审'],
    ]);
  });

  it('marks the meeting held; no new draft then; audited', async () => {
    const held = await w.call('sup', 'PATCH', `/api/v1/meetings/${meeting.id}`, {
      version: meeting.version,
      status: 'held',
      minutesNumber: '第16期',
    });
    expect(held.statusCode).toBe(200);
    meeting = held.json() as TMeetingDetail;
    expect(meeting).toMatchObject({ status: 'held', abilities: { draftAgenda: false, decide: true } });
    const draft = await w.call('sup', 'POST', `/api/v1/meetings/${meeting.id}/agenda/draft`, {
      version: meeting.version,
    });
    expect(draft.statusCode).toBe(409);
    const actions = (
      await queryRows<{ action: string }>(
        w.t.db.orm,
        sql`SELECT action FROM audit_events WHERE entity_type = 'meeting' ORDER BY seq`,
      )
    ).map((r) => r.action);
    expect(actions).toEqual([
      'meeting.created',
      'meeting.agenda_drafted',
      'meeting.decision_recorded',
      'meeting.decision_recorded',
      'meeting.agenda_changed',
      'meeting.agenda_drafted',
      'meeting.held',
    ]);
  });

  it('writes the minutes as a Word document with attendees, items, decisions and owners', async () => {
    const res = await w.call('leader', 'GET', `/api/v1/meetings/${meeting.id}/minutes.docx`);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-type'])).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      '项目例会纪要',
      '第16期',
      '第16次项目例会纪要',
      '王区长主持召开第16次项目例会，',
      '区行政中心三楼会议室',
      '王区长、李副区长、区发改委主任',
      '征地拆迁未完成',
      '区征收办牵头，5月15日前完成剩余12户征迁',
      '由王区长牵头，东城街道负责，项目指挥部配合，2026年5月15日前完成',
      '2026-LH-001',
      '区发改委会同财政局研究资金方案',
    ])
      expect(text, expected).toContain(expected);
    expect((await w.call('opA', 'GET', `/api/v1/meetings/${meeting.id}/minutes.docx`)).statusCode).toBe(403);
  });

  it("next week's agenda starts with this meeting's decisions not yet done", async () => {
    const next = (await create('sup', '2026-05-02')).json() as TMeetingDetail;
    const drafted = (
      await w.call('sup', 'POST', `/api/v1/meetings/${next.id}/agenda/draft`, { version: 1 })
    ).json() as TMeetingDetail;
    expect(drafted.agenda.slice(0, 2).map((i) => [i.kind, i.carriedDecisionId])).toEqual([
      ['carried_decision', decision.id],
      ['carried_decision', expect.any(String)],
    ]);
    expect(drafted.agenda[0]?.facts.carried).toMatchObject({
      taskCode: '2026-LH-001',
      leadUnitName: '东城街道',
    });
    await withSystemTx(w.t.db, async (tx) => {
      await tx.execute(
        sql`UPDATE tasks SET status = 'completed', progress = 100 WHERE id = ${decision.taskId}`,
      );
    });
    const redrafted = (
      await w.call('sup', 'POST', `/api/v1/meetings/${next.id}/agenda/draft`, { version: drafted.version })
    ).json() as TMeetingDetail;
    expect(redrafted.agenda.filter((i) => i.kind === 'carried_decision')).toHaveLength(1);
    expect(redrafted.agenda.map((i) => i.carriedDecisionId)).not.toContain(decision.id);
  });

  it('the decision forms no longer offer the meeting kind', async () => {
    const res = await w.call('sup', 'POST', '/api/v1/decisions', {
      title: '假冒例会纪要',
      kind: 'project_meeting',
      date: '2026-04-20',
      source: 'district_direct',
    });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toContain('kind');
  });
});
