/** 个人政绩申报: a cadre declares, the office verifies or rejects, verified items show beside the unit's result. */
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievements, auditEvents } from '../src/server/db/schema';
import { withSystemTx } from '../src/server/db/tx';
import { buildDecisionWithTask, buildTenant, buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

interface Item {
  id: string;
  userId: string;
  unitId: string;
  title: string;
  status: string;
  version: number;
  userName: string;
  unitName: string;
  tasks: Array<{ id: string; code: string | null; title: string }>;
  decisionComment: string | null;
  decidedAt: string | null;
}

describe.each(dbKinds())('achievement declarations on %s', (kind) => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let d1: string;
  let s1: string;
  let foreignId: string;

  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const list = async (cookie: string, query = '?year=2024') =>
    ((await call(cookie, 'GET', `/api/v1/assessment/achievements${query}`)).json() as { items: Item[] })
      .items;

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-11-05T02:00:00Z');
    d1 = (await buildUnit(t, { name: '区发改委', kind: 'department' })).id;
    s1 = (await buildUnit(t, { name: '城关街道', kind: 'street' })).id;
    const users: Array<[string, Parameters<typeof buildUser>[1]]> = [
      ['supervisor', { roles: ['supervisor'], displayName: '督查室' }],
      ['officeCadre', { roles: ['supervisor'], unitId: d1, displayName: '督查室干部' }],
      ['leader', { roles: ['leader'] }],
      ['d1Head', { roles: ['unit_head'], unitId: d1, displayName: '发改主任' }],
      ['d1Op', { roles: ['unit_operator'], unitId: d1, displayName: '张三' }],
      ['d1Op2', { roles: ['unit_operator'], unitId: d1, displayName: '李四' }],
      ['s1Op', { roles: ['unit_operator'], unitId: s1, displayName: '王五' }],
      ['admin', { roles: ['admin'] }],
    ];
    for (const [key, o] of users) c[key] = await loginAs(t, await buildUser(t, o));
    ids.d1Task = (await buildDecisionWithTask(t, { leadUnitId: d1 })).taskId;
    ids.s1Task = (await buildDecisionWithTask(t, { leadUnitId: s1 })).taskId;
    ids.draftTask = (await buildDecisionWithTask(t, { leadUnitId: d1, status: 'draft' })).taskId;
    // Another district's declaration: never visible, never changed from here.
    const other = await buildTenant(t);
    const otherUnit = (await buildUnit(t, { tenantId: other })).id;
    const otherUser = await buildUser(t, { tenantId: other, roles: ['unit_operator'], unitId: otherUnit });
    foreignId = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(achievements).values({
        id: foreignId,
        tenantId: other,
        year: 2024,
        userId: otherUser.id,
        unitId: otherUnit,
        title: '外区政绩',
      });
    });
  });
  afterAll(async () => t.close());

  it('a cadre declares for himself with linked tasks he can see', async () => {
    const res = await call(c.d1Op as string, 'POST', '/api/v1/assessment/achievements', {
      year: 2024,
      title: '牵头完成重点项目签约',
      description: '签约3个项目',
      evidence: '签约文件',
      taskIds: [ids.d1Task],
    });
    expect(res.statusCode).toBe(201);
    const item = res.json() as Item;
    expect(item).toMatchObject({
      status: 'declared',
      version: 1,
      userName: '张三',
      unitId: d1,
      unitName: '区发改委',
      title: '牵头完成重点项目签约',
      decisionComment: null,
      decidedAt: null,
    });
    expect(item.tasks).toEqual([{ id: ids.d1Task, code: expect.any(String), title: '测试任务' }]);
    ids.a1 = item.id;
    ids.a2 = (
      await call(c.d1Op2 as string, 'POST', '/api/v1/assessment/achievements', {
        year: 2024,
        title: '李四的政绩',
      })
    ).json().id;
    ids.a3 = (
      await call(c.s1Op as string, 'POST', '/api/v1/assessment/achievements', {
        year: 2024,
        title: '街道政绩',
        taskIds: [ids.s1Task],
      })
    ).json().id;
    ids.own = (
      await call(c.officeCadre as string, 'POST', '/api/v1/assessment/achievements', {
        year: 2024,
        title: '督查室干部的政绩',
      })
    ).json().id;
    const [audit] = await withSystemTx(t.db, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, 'achievement.declared'), eq(auditEvents.entityId, ids.a1 as string)),
        ),
    );
    expect(audit?.actorName).toBe('张三');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = (await list(c.supervisor as string)).length;
    const post = (payload: object, cookie = c.d1Op as string) =>
      call(cookie, 'POST', '/api/v1/assessment/achievements', payload);
    // Another unit's task, a draft task, a task that does not exist: 422 naming taskIds and the ids.
    for (const bad of [ids.s1Task, ids.draftTask, uuidv7()]) {
      const res = await post({ year: 2024, title: '政绩', taskIds: [ids.d1Task, bad] });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details.fields[0].path).toBe('taskIds');
      expect(res.json().error.details.taskIds).toEqual([bad]);
    }
    const noTitle = await post({ year: 2024, title: '  ' });
    expect(noTitle.statusCode).toBe(422);
    expect(noTitle.json().error.details.fields[0].path).toBe('title');
    expect((await post({ year: 1999, title: '政绩' })).json().error.details.fields[0].path).toBe('year');
    expect((await post({ year: 2024, title: '政绩', taskIds: [ids.d1Task, ids.d1Task] })).statusCode).toBe(
      422,
    );
    expect((await post({ year: 2024, title: '政绩', score: 100 })).statusCode).toBe(422);
    // A user without a unit has no one to declare for; an administrator never touches business data.
    expect((await post({ year: 2024, title: '政绩' }, c.supervisor)).statusCode).toBe(403);
    expect((await post({ year: 2024, title: '政绩' }, c.admin)).statusCode).toBe(403);
    expect((await list(c.supervisor as string)).length).toBe(before);
  });

  it('a cadre sees his own, a unit head his unit’s, the office and leaders all; filters apply', async () => {
    const titles = async (cookie: string, query?: string) =>
      (await list(cookie, query)).map((i) => i.id).sort();
    expect(await titles(c.d1Op as string)).toEqual([ids.a1]);
    expect(await titles(c.d1Head as string)).toEqual([ids.a1, ids.a2, ids.own].sort());
    expect(await titles(c.s1Op as string)).toEqual([ids.a3]);
    for (const who of ['supervisor', 'leader'] as const)
      expect(await titles(c[who] as string)).toEqual([ids.a1, ids.a2, ids.a3, ids.own].sort());
    expect(await titles(c.supervisor as string, `?year=2024&unitId=${s1}`)).toEqual([ids.a3]);
    expect(await titles(c.supervisor as string, '?year=2023')).toEqual([]);
    expect(await titles(c.supervisor as string, '?status=verified')).toEqual([]);
    expect((await call(c.admin as string, 'GET', '/api/v1/assessment/achievements')).statusCode).toBe(403);
  });

  it('only the declarer edits, only while declared, only at the current version', async () => {
    const url = `/api/v1/assessment/achievements/${ids.a1}`;
    const ok = await call(c.d1Op as string, 'PATCH', url, {
      version: 1,
      title: '牵头完成5个重点项目签约',
      taskIds: [],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      version: 2,
      title: '牵头完成5个重点项目签约',
      tasks: [],
      description: '签约3个项目',
    });
    const stale = await call(c.d1Op as string, 'PATCH', url, { version: 1, title: '旧版本' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(
      (await call(c.d1Op as string, 'PATCH', url, { version: 2, taskIds: [ids.s1Task] })).statusCode,
    ).toBe(422);
    // The unit head sees it but it is not his; a street user and another district do not see it at all.
    expect((await call(c.d1Head as string, 'PATCH', url, { version: 2, title: '主任改' })).statusCode).toBe(
      403,
    );
    expect(
      (await call(c.supervisor as string, 'PATCH', url, { version: 2, title: '督查室改' })).statusCode,
    ).toBe(403);
    expect((await call(c.s1Op as string, 'PATCH', url, { version: 2, title: '街道改' })).statusCode).toBe(
      404,
    );
    expect(
      (
        await call(c.d1Op as string, 'PATCH', `/api/v1/assessment/achievements/${foreignId}`, {
          version: 1,
          title: '改外区',
        })
      ).statusCode,
    ).toBe(404);
    expect((await list(c.d1Op as string))[0]).toMatchObject({ version: 2, title: '牵头完成5个重点项目签约' });
  });

  it('the office verifies or rejects once, with a reason for a rejection; nobody decides his own', async () => {
    const act = (cookie: string, id: string, action: 'verify' | 'reject', payload: object) =>
      call(cookie, 'POST', `/api/v1/assessment/achievements/${id}/${action}`, payload);
    expect((await act(c.d1Head as string, ids.a1 as string, 'verify', { version: 2 })).statusCode).toBe(403);
    expect((await act(c.leader as string, ids.a1 as string, 'verify', { version: 2 })).statusCode).toBe(403);
    expect(
      (await act(c.supervisor as string, ids.a1 as string, 'verify', { version: 1 })).json().error.code,
    ).toBe('VERSION_CONFLICT');
    const verified = await act(c.supervisor as string, ids.a1 as string, 'verify', {
      version: 2,
      comment: '属实',
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({
      status: 'verified',
      version: 3,
      decisionComment: '属实',
      decidedAt: '2024-11-05T02:00:00.000Z',
    });
    const again = await act(c.supervisor as string, ids.a1 as string, 'reject', {
      version: 3,
      comment: '重复',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVALID_TRANSITION');
    const edit = await call(c.d1Op as string, 'PATCH', `/api/v1/assessment/achievements/${ids.a1}`, {
      version: 3,
      title: '核实后再改',
    });
    expect(edit.json().error.code).toBe('INVALID_TRANSITION');

    const noReason = await act(c.supervisor as string, ids.a2 as string, 'reject', { version: 1 });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details.fields[0].path).toBe('comment');
    expect(
      (await act(c.supervisor as string, ids.a2 as string, 'reject', { version: 1, comment: ' ' }))
        .statusCode,
    ).toBe(422);
    const rejected = await act(c.supervisor as string, ids.a2 as string, 'reject', {
      version: 1,
      comment: '证明材料不足',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionComment: '证明材料不足' });

    const own = await act(c.officeCadre as string, ids.own as string, 'verify', { version: 1 });
    expect(own.statusCode).toBe(403);
    expect((await act(c.supervisor as string, foreignId, 'verify', { version: 1 })).statusCode).toBe(404);
    const actions = await withSystemTx(t.db, (tx) =>
      tx
        .select({ action: auditEvents.action, entityId: auditEvents.entityId })
        .from(auditEvents)
        .where(eq(auditEvents.entityType, 'achievement'))
        .orderBy(auditEvents.seq),
    );
    expect(actions.filter((a) => a.entityId === ids.a1).map((a) => a.action)).toEqual([
      'achievement.declared',
      'achievement.updated',
      'achievement.verified',
    ]);
    expect(actions.filter((a) => a.entityId === ids.a2).map((a) => a.action)).toEqual([
      'achievement.declared',
      'achievement.rejected',
    ]);
    expect(actions.some((a) => a.entityId === foreignId)).toBe(false);
    expect((await list(c.supervisor as string, '?status=verified')).map((i) => i.id)).toEqual([ids.a1]);
  });

  it('the routes are in the OpenAPI document', async () => {
    const docs = await call(c.supervisor as string, 'GET', '/api/docs/json');
    expect(docs.statusCode).toBe(200);
    const paths = Object.keys((docs.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/assessment/achievements',
        '/api/v1/assessment/achievements/{id}/reject',
        '/api/v1/assessment/results/export',
        '/api/v1/assessment/results/document',
      ]),
    );
  });

  it('verified items appear beside their unit in the results and the preview, nothing else', async () => {
    const unitOf = (
      body: { groups: Array<{ units: Array<{ unitId: string; achievements: unknown[] }> }> },
      unitId: string,
    ) => body.groups.flatMap((g) => g.units).find((u) => u.unitId === unitId);
    const results = (
      await call(c.supervisor as string, 'GET', '/api/v1/assessment/results?year=2024')
    ).json();
    expect(unitOf(results, d1)?.achievements).toEqual([
      { id: ids.a1, userName: '张三', title: '牵头完成5个重点项目签约' },
    ]);
    expect(unitOf(results, s1)?.achievements).toEqual([]);
    const scheme = (await call(c.supervisor as string, 'GET', '/api/v1/assessment/schemes?year=2024')).json()
      .items[0].scheme;
    const preview = (
      await call(c.supervisor as string, 'POST', '/api/v1/assessment/preview', { year: 2024, scheme })
    ).json();
    expect(unitOf(preview, d1)?.achievements).toEqual([
      { id: ids.a1, userName: '张三', title: '牵头完成5个重点项目签约' },
    ]);
    // The unit sees its own verified items in its own result.
    const own = (await call(c.d1Op as string, 'GET', '/api/v1/assessment/results?year=2024')).json();
    expect(unitOf(own, d1)?.achievements).toHaveLength(1);
  });
});
