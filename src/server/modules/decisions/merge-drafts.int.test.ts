/** 合并草稿 (issue 18): several drafts of one decision become one task, text joined and targets kept. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDecisionWithTask,
  buildTenant,
  buildUnit,
  buildUser,
  loginAs,
} from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

interface Task {
  id: string;
  title: string;
  content: string | null;
  version: number;
  leadUnitId: string | null;
  coUnitIds: string[];
  startDate: string | null;
  dueDate: string | null;
  targets: Array<{ indicator: string; targetValue: number | null }>;
}

describe.each(dbKinds())('merging drafts on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let units: { a: string; b: string; c: string };
  const call = (method: 'GET' | 'POST', url: string, payload?: object, cookie = supervisor) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(kind);
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    units = {
      a: (await buildUnit(t, { name: '区发改委' })).id,
      b: (await buildUnit(t, { name: '区住建局' })).id,
      c: (await buildUnit(t, { name: '区教育局' })).id,
    };
  });
  afterAll(async () => t.close());

  const newDecision = async (title: string) =>
    (
      await call('POST', '/api/v1/decisions', {
        title,
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
        confirmDuplicate: true,
      })
    ).json() as { id: string };
  const draft = async (decisionId: string, body: object) => {
    const res = await call('POST', '/api/v1/tasks', {
      decisionId,
      startDate: '2024-01-05',
      dueDate: '2024-12-31',
      ...body,
    });
    expect(res.statusCode).toBe(201);
    return res.json() as Task;
  };
  const merge = (decisionId: string, items: Array<Pick<Task, 'id' | 'version'>>, cookie = supervisor) =>
    call(
      'POST',
      `/api/v1/decisions/${decisionId}/drafts/merge`,
      { items: items.map(({ id, version }) => ({ id, version })) },
      cookie,
    );

  it('keeps the first draft, joins the text, moves every target, spans the dates, deletes the others and audits task.merged', async () => {
    const decision = await newDecision('合并草稿');
    const first = await draft(decision.id, {
      title: '推进老旧小区改造',
      content: '推进老旧小区改造，年内完成15个。',
      leadUnitId: units.a,
      coUnitIds: [units.b],
      targets: [{ indicator: '老旧小区改造', unit: '个', targetValue: 15 }],
    });
    const second = await draft(decision.id, {
      title: '同步加装电梯',
      leadUnitId: units.b,
      coUnitIds: [units.c],
      startDate: '2024-03-01',
      dueDate: '2025-06-30',
      targets: [{ indicator: '加装电梯', unit: '部', targetValue: 30 }],
    });
    // Sent in reverse: the kept task is the first in document order, not the first in the body.
    const res = await merge(decision.id, [second, first]);
    expect(res.statusCode).toBe(200);
    const merged = res.json() as Task;
    expect(merged).toMatchObject({
      id: first.id,
      title: '推进老旧小区改造',
      content: '推进老旧小区改造，年内完成15个。\n同步加装电梯',
      leadUnitId: units.a,
      startDate: '2024-01-05',
      dueDate: '2025-06-30',
    });
    // The other draft's lead unit is no co-unit of itself twice, and the lead never cooperates with itself.
    expect(merged.coUnitIds.sort()).toEqual([units.b, units.c].sort());
    expect(merged.targets.map((g) => [g.indicator, g.targetValue])).toEqual([
      ['老旧小区改造', 15],
      ['加装电梯', 30],
    ]);
    expect((await call('GET', `/api/v1/tasks/${second.id}`)).statusCode).toBe(404);
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=task.merged',
      headers: { cookie: await loginAs(t, await buildUser(t, { roles: ['auditor'] })) },
    });
    expect(audit.statusCode).toBe(200);
    const text = JSON.stringify(audit.json());
    expect(text).toContain(first.id);
    expect(text).toContain(second.id);
  });

  it('answers 422 naming the field for a task of another decision, a published task or another district, and changes nothing', async () => {
    const decision = await newDecision('合并草稿二');
    const other = await newDecision('另一决策');
    const a = await draft(decision.id, { title: '草稿甲', leadUnitId: units.a });
    const b = await draft(decision.id, { title: '草稿乙', leadUnitId: units.a });
    const elsewhere = await draft(other.id, { title: '别的决策的草稿', leadUnitId: units.a });
    const published = await buildDecisionWithTask(t, { leadUnitId: units.a });
    const foreign = await buildDecisionWithTask(t, { tenantId: await buildTenant(t), status: 'draft' });

    const cases: Array<[Array<Pick<Task, 'id' | 'version'>>, string]> = [
      [[a, elsewhere], 'items.1.id'],
      [[{ id: published.taskId, version: 1 }, b], 'items.0.id'],
      [[a, { id: foreign.taskId, version: 1 }], 'items.1.id'],
    ];
    for (const [items, path] of cases) {
      const res = await merge(decision.id, items);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([path]);
    }
    // One draft, or the same one twice, is no merge.
    expect((await merge(decision.id, [a])).statusCode).toBe(422);
    expect((await merge(decision.id, [a, a])).statusCode).toBe(422);
    // A stale version fails the lot.
    expect((await merge(decision.id, [a, { ...b, version: b.version + 1 }])).statusCode).toBe(409);
    const left = (await call('GET', `/api/v1/tasks?decisionId=${decision.id}&pageSize=100`)).json();
    expect(left.items.map((x: Task) => [x.title, x.content])).toEqual([
      ['草稿甲', null],
      ['草稿乙', null],
    ]);
    expect((await call('GET', `/api/v1/tasks/${elsewhere.id}`)).statusCode).toBe(200);

    // Only the office merges: a unit operator is refused and nothing changes.
    const operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: units.a }));
    expect((await merge(decision.id, [a, b], operator)).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/tasks?decisionId=${decision.id}&pageSize=100`)).json().total).toBe(2);
    // A decision that does not exist is 404.
    expect((await merge('01890000-0000-7000-8000-000000000000', [a, b])).statusCode).toBe(404);
  });

  it('sends abilities.delete with a decision: true while nothing is published, false after, false for a leader', async () => {
    const decision = await newDecision('可删除的决策');
    expect((await call('GET', `/api/v1/decisions/${decision.id}`)).json().abilities).toEqual({
      delete: true,
    });
    const leader = await loginAs(t, await buildUser(t, { roles: ['leader'] }));
    expect(
      (await call('GET', `/api/v1/decisions/${decision.id}`, undefined, leader)).json().abilities,
    ).toEqual({ delete: false });
    await draft(decision.id, { title: '下发的任务', leadUnitId: units.a });
    expect((await call('POST', `/api/v1/decisions/${decision.id}/publish`)).statusCode).toBe(200);
    const after = (await call('GET', '/api/v1/decisions?q=可删除的决策')).json();
    expect(after.items[0].abilities).toEqual({ delete: false });
  });
});
