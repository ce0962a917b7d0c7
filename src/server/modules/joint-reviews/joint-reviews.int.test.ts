/**
 * 联审联批 (issue 14): the office opens a review with one item per department; the departments answer in
 * parallel; a pending item past the deadline is overdue (the deadline day is on time); the review closes when
 * every department approved; reminders; who sees what (404 for the rest); 422 naming the field; 409 on version.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { runReminders } from '../../notify/reminders';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { dbKinds } from '../../../../test/helpers/test-app';
import { buildProjectWorld, fieldsOf, type ProjectWorld } from '../projects/projects.fixtures.test-helpers';
import { defaultScheme } from '../../../domain/assessment/scheme';
import type { TAssessmentResult } from '../../../domain/assessment/result';
import type { TJointReview, TJointReviewList } from './joint-reviews.schemas';

describe.each(dbKinds())('joint reviews on %s', (kind) => {
  let w: ProjectWorld;
  let projectId: string;
  let nrUnit: string;
  let cookieNr: string;
  let cookieLoner: string;
  // Sessions end when the clock jumps days ahead: these log in afresh for each call.
  let sup: BuiltUser;
  let nr: BuiltUser;
  let opC: BuiltUser;
  let reviewId: string;
  beforeAll(async () => {
    w = await buildProjectWorld(kind);
    projectId = (await w.create()).id;
    nrUnit = (await buildUnit(w.t, { name: '区自然资源局' })).id;
    nr = await buildUser(w.t, { roles: ['unit_operator'], unitId: nrUnit });
    cookieNr = await loginAs(w.t, nr);
    sup = await buildUser(w.t, { roles: ['supervisor'] });
    opC = await buildUser(w.t, { roles: ['unit_head'], unitId: w.deptC });
    const loner = (await buildUnit(w.t, { name: '区文旅局' })).id;
    cookieLoner = await loginAs(w.t, await buildUser(w.t, { roles: ['unit_head'], unitId: loner }));
  }, 60_000);
  afterAll(async () => w.t.close());

  const on = (day: string) => w.t.clock.set(`${day}T02:00:00Z`);
  const as = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    w.t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const body = (over: Record<string, unknown> = {}) => ({
    projectId,
    title: '智能制造产业园用地规划联审',
    deadline: '2026-04-24',
    departments: [
      { unitId: nrUnit, subject: '建设用地规划许可' },
      { unitId: w.deptC, subject: '环评审批' },
    ],
    ...over,
  });
  const fresh = (user: BuiltUser, method: 'GET' | 'POST', url: string, payload?: object) =>
    loginAs(w.t, user).then((cookie) => as(cookie, method, url, payload));
  const read = async (user = sup) =>
    (await fresh(user, 'GET', `/api/v1/joint-reviews/${reviewId}`)).json() as TJointReview;
  const itemOf = async (unitId: string) => {
    const item = (await read()).items.find((i) => i.unitId === unitId);
    if (!item) throw new Error('no item');
    return item;
  };
  const answer = (user: BuiltUser | string, itemId: string, payload: object) => {
    const url = `/api/v1/joint-reviews/${reviewId}/items/${itemId}/answer`;
    return typeof user === 'string' ? as(user, 'POST', url, payload) : fresh(user, 'POST', url, payload);
  };
  const audits = async () =>
    (
      await queryRows<{ action: string }>(
        w.t.db.orm,
        sql`SELECT action FROM audit_events WHERE entity_type = 'joint_review' AND entity_id::text = ${reviewId} ORDER BY seq`,
      )
    ).map((r) => r.action);

  it('refuses bad reviews with 422 naming the field, and anyone but the office', async () => {
    on('2026-04-20');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ deadline: '2026-04-19' }, 'deadline'],
      [{ departments: [] }, 'departments'],
      [{ departments: [{ unitId: '018f0000-0000-7000-8000-000000000000' }] }, 'departments.0.unitId'],
      [{ departments: [{ unitId: nrUnit }, { unitId: nrUnit }] }, 'departments.1.unitId'],
      [{ projectId: '018f0000-0000-7000-8000-000000000000' }, 'projectId'],
      [{ nodeId: '018f0000-0000-7000-8000-000000000000' }, 'nodeId'],
      [{ title: '' }, 'title'],
    ];
    for (const [over, field] of cases) {
      const res = await w.call('sup', 'POST', '/api/v1/joint-reviews', body(over));
      expect(res.statusCode, field).toBe(422);
      expect(fieldsOf(res), field).toContain(field);
    }
    expect((await w.call('opA', 'POST', '/api/v1/joint-reviews', body())).statusCode).toBe(403);
    expect((await w.call('leader', 'POST', '/api/v1/joint-reviews', body())).statusCode).toBe(403);
    const list = (await w.call('sup', 'GET', '/api/v1/joint-reviews')).json() as TJointReviewList;
    expect(list.total).toBe(0);
  });

  it('the office opens a review (deadline today is allowed); each department is told; audited', async () => {
    const res = await w.call('sup', 'POST', '/api/v1/joint-reviews', body());
    expect(res.statusCode).toBe(201);
    const review = res.json() as TJointReview;
    reviewId = review.id;
    expect(review).toMatchObject({
      status: 'open',
      deadline: '2026-04-24',
      itemCount: 2,
      answeredCount: 0,
      overdueCount: 0,
      projectName: '智能制造产业园',
    });
    expect(review.items.map((i) => [i.unitName, i.status, i.daysTaken, i.overdue])).toEqual([
      ['区自然资源局', 'pending', 0, false],
      ['无关单位', 'pending', 0, false],
    ]);
    expect(review.items.every((i) => !i.abilities.answer)).toBe(true);
    const told = await queryRows<{ n: number }>(
      w.t.db.orm,
      sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'joint_review_opened'`,
    );
    expect(told[0]?.n).toBe(3);
    expect(await audits()).toEqual(['joint_review.opened']);
    const today = await w.call('sup', 'POST', '/api/v1/joint-reviews', body({ deadline: '2026-04-20' }));
    expect(today.statusCode).toBe(201);
  });

  it('the office, the project units and leaders, and the departments read it; anyone else gets 404', async () => {
    for (const cookie of [
      w.cookies.sup,
      w.cookies.leader,
      w.cookies.opA,
      w.cookies.opB,
      w.cookies.opC,
      cookieNr,
    ])
      expect((await as(cookie, 'GET', `/api/v1/joint-reviews/${reviewId}`)).statusCode).toBe(200);
    expect((await as(cookieLoner, 'GET', `/api/v1/joint-reviews/${reviewId}`)).statusCode).toBe(404);
    expect((await w.call('foreignSup', 'GET', `/api/v1/joint-reviews/${reviewId}`)).statusCode).toBe(404);
    expect((await w.call('admin', 'GET', `/api/v1/joint-reviews/${reviewId}`)).statusCode).toBe(403);
    const lonerList = (await as(cookieLoner, 'GET', '/api/v1/joint-reviews')).json() as TJointReviewList;
    expect(lonerList.total).toBe(0);
    const nrList = (await as(cookieNr, 'GET', '/api/v1/joint-reviews')).json() as TJointReviewList;
    expect(nrList.total).toBe(2);
    expect(nrList.abilities.open).toBe(false);
    const supList = (await w.call('sup', 'GET', '/api/v1/joint-reviews')).json() as TJointReviewList;
    expect(supList.abilities.open).toBe(true);
    const foreign = (await w.call('foreignSup', 'GET', '/api/v1/joint-reviews')).json() as TJointReviewList;
    expect(foreign.total).toBe(0);
    // A department sees its own item as answerable, not the other's.
    const mine = await read(nr);
    expect(mine.items.map((i) => i.abilities.answer)).toEqual([true, false]);
  });

  it('only the department answers its item; conditions and material need words; a stale version is 409', async () => {
    const nrItem = await itemOf(nrUnit);
    expect((await answer(w.cookies.opC, nrItem.id, { status: 'approved', version: 1 })).statusCode).toBe(403);
    expect((await answer(w.cookies.sup, nrItem.id, { status: 'approved', version: 1 })).statusCode).toBe(403);
    expect((await answer(cookieLoner, nrItem.id, { status: 'approved', version: 1 })).statusCode).toBe(404);
    const bare = await answer(cookieNr, nrItem.id, { status: 'needs_material', version: 1 });
    expect(bare.statusCode).toBe(422);
    expect(fieldsOf(bare)).toContain('answer');
    expect((await answer(cookieNr, nrItem.id, { status: 'approved', version: 2 })).statusCode).toBe(409);
    expect((await answer(cookieNr, 'not-an-item', { status: 'approved', version: 1 })).statusCode).toBe(404);
    expect((await itemOf(nrUnit)).status).toBe('pending');
  });

  it('needs material keeps the review open; the second answer keeps the first answer’s time', async () => {
    on('2026-04-22');
    const nrItem = await itemOf(nrUnit);
    const res = await answer(nr, nrItem.id, {
      status: 'needs_material',
      answer: '缺少宗地图和勘测定界报告',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    const after = res.json() as TJointReview;
    expect(after.status).toBe('open');
    expect(after.items[0]).toMatchObject({ status: 'needs_material', daysTaken: 2, overdue: false });
    on('2026-04-23');
    const again = await answer(nr, nrItem.id, { status: 'approved', version: 2 });
    expect(again.statusCode).toBe(200);
    const item = (again.json() as TJointReview).items[0];
    expect(item).toMatchObject({ status: 'approved', daysTaken: 2, delayDays: 0 });
    expect(item?.firstAnsweredAt).toBe('2026-04-22T02:00:00.000Z');
    expect((again.json() as TJointReview).status).toBe('open');
  });

  it('a pending item is on time on the deadline day and overdue (red) the day after; the filter finds it', async () => {
    on('2026-04-24');
    expect((await itemOf(w.deptC)).overdue).toBe(false);
    const onTime = (await fresh(sup, 'GET', '/api/v1/joint-reviews?overdue=true')).json() as TJointReviewList;
    expect(onTime.items.map((r) => r.id)).not.toContain(reviewId);
    on('2026-04-25');
    expect(await itemOf(w.deptC)).toMatchObject({ overdue: true, delayDays: 1, daysTaken: 5 });
    const late = (await fresh(sup, 'GET', '/api/v1/joint-reviews?overdue=true')).json() as TJointReviewList;
    expect(late.items.map((r) => r.id)).toContain(reviewId);
    const filtered = (
      await fresh(sup, 'GET', `/api/v1/joint-reviews?unitId=${nrUnit}&status=open&projectId=${projectId}`)
    ).json() as TJointReviewList;
    expect(filtered.total).toBe(2);
  });

  it('reminds the pending department before the deadline and when overdue, at most once a day', async () => {
    const count = async () =>
      (
        await queryRows<{ kind: string; n: number }>(
          w.t.db.orm,
          sql`SELECT kind, count(*)::int AS n FROM notifications WHERE kind LIKE 'joint_review_%' AND entity_id::text = ${reviewId} GROUP BY kind ORDER BY kind`,
        )
      ).map((r) => `${r.kind}:${r.n}`);
    // The day before the deadline: the department still pending is reminded (its two users).
    expect((await runReminders(w.t.deps, '2026-04-23')).jointReviewDue).toBe(1);
    const first = await runReminders(w.t.deps, '2026-04-25');
    expect(first.jointReviewOverdue).toBeGreaterThanOrEqual(1);
    const again = await runReminders(w.t.deps, '2026-04-25');
    expect(again.jointReviewOverdue).toBe(0);
    // The department's two users and the office's two, once.
    const before = ['joint_review_due:2', 'joint_review_material:2', 'joint_review_opened:3'];
    expect(await count()).toEqual([...before, 'joint_review_overdue:4']);
    await runReminders(w.t.deps, '2026-04-26');
    expect(await count()).toEqual([...before, 'joint_review_overdue:8']);
  });

  it('parallel answers close the review exactly once; a closed review takes no more answers', async () => {
    on('2026-04-27');
    // The second review (deadline 2026-04-20): both departments answer at the same time.
    const second = (await fresh(sup, 'GET', '/api/v1/joint-reviews?status=open')).json() as TJointReviewList;
    const otherId = second.items.find((r) => r.id !== reviewId)?.id as string;
    const other = (await fresh(sup, 'GET', `/api/v1/joint-reviews/${otherId}`)).json() as TJointReview;
    const [a, b] = await Promise.all([
      fresh(nr, 'POST', `/api/v1/joint-reviews/${otherId}/items/${other.items[0]?.id}/answer`, {
        status: 'approved',
        version: 1,
      }),
      fresh(opC, 'POST', `/api/v1/joint-reviews/${otherId}/items/${other.items[1]?.id}/answer`, {
        status: 'approved_with_conditions',
        answer: '施工期须落实扬尘防治措施',
        version: 1,
      }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const closed = (await fresh(sup, 'GET', `/api/v1/joint-reviews/${otherId}`)).json() as TJointReview;
    expect(closed.status).toBe('closed');
    expect(closed.items.map((i) => i.delayDays)).toEqual([7, 7]);
    const closings = await queryRows<{ n: number }>(
      w.t.db.orm,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'joint_review.closed' AND entity_id::text = ${otherId}`,
    );
    expect(closings[0]?.n).toBe(1);
    const late = await fresh(
      nr,
      'POST',
      `/api/v1/joint-reviews/${otherId}/items/${other.items[0]?.id}/answer`,
      {
        status: 'needs_material',
        answer: '补充',
        version: 2,
      },
    );
    expect(late.statusCode).toBe(409);
    expect(closed.items[0]?.abilities.answer).toBe(false);
  });

  it('the first review closes when its last department approves; every step audited', async () => {
    const c = await itemOf(w.deptC);
    const res = await answer(opC, c.id, { status: 'approved', version: 1 });
    expect(res.statusCode).toBe(200);
    expect((res.json() as TJointReview).status).toBe('closed');
    expect(await audits()).toEqual([
      'joint_review.opened',
      'joint_review.answered',
      'joint_review.answered',
      'joint_review.answered',
      'joint_review.closed',
    ]);
  });

  it('a late department loses the scheme points in the assessment, with the review item as evidence', async () => {
    const scheme = {
      ...defaultScheme(2026),
      deductions: { cap: null, rules: [{ kind: 'approval_delay', amount: 0.5, cap: 5 }] },
    };
    const res = await fresh(sup, 'POST', '/api/v1/assessment/preview', {
      year: 2026,
      asOf: '2026-04-30',
      scheme,
    });
    expect(res.statusCode).toBe(200);
    const units = (res.json() as TAssessmentResult).groups.flatMap((g) => g.units);
    const delay = (unitId: string) =>
      units.find((u) => u.unitId === unitId)?.deductions.items.find((i) => i.kind === 'approval_delay');
    // 区自然资源局: on time in the first review (answered 22 April, deadline 24), late in the second (deadline 20).
    expect(delay(nrUnit)).toMatchObject({ count: 1, points: 0.5 });
    expect(delay(nrUnit)?.evidence[0]?.id.startsWith(`${reviewId}:`)).toBe(false);
    // 无关单位: late in both.
    expect(delay(w.deptC)).toMatchObject({ count: 2, points: 1 });
    expect(delay(w.deptC)?.evidence.map((e) => e.kind)).toEqual(['joint_review', 'joint_review']);
  });

  it('a review may name one procedure node of its project, not another project’s', async () => {
    on('2026-04-20');
    const other = await w.create({ name: '城东安置房' });
    const node = {
      id: randomUUID(),
      name: '施工许可',
      kind: 'procedure',
      unitId: null,
      plannedStart: '2026-05-01',
      plannedEnd: '2026-06-30',
      dependsOn: [],
    };
    const put = await w.call('sup', 'PUT', `/api/v1/projects/${other.id}/nodes`, {
      version: 1,
      nodes: [node],
    });
    expect(put.statusCode, put.body).toBe(200);
    const wrong = await w.call('sup', 'POST', '/api/v1/joint-reviews', body({ nodeId: node.id }));
    expect(wrong.statusCode).toBe(422);
    expect(fieldsOf(wrong)).toEqual(['nodeId']);
    const right = await w.call(
      'sup',
      'POST',
      '/api/v1/joint-reviews',
      body({ projectId: other.id, nodeId: node.id }),
    );
    expect(right.statusCode).toBe(201);
    expect(right.json()).toMatchObject({ nodeId: node.id, nodeName: '施工许可', projectName: '城东安置房' });
  });
});
