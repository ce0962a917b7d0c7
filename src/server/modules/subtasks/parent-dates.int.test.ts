/**
 * Review finding (issue 15): a change of a task's dates that would leave a live sub-task outside them is
 * refused with 422 SUBTASK_OUTSIDE_PARENT listing those sub-tasks, and nothing changes; a done sub-task does not
 * hold the task back; once the unit moves its sub-task, the change goes through. The edit, the batch edit and an
 * approved extension are held by the same rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('a task’s dates and its sub-tasks on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let lead: BuiltUser;
  let taskId: string;
  const sub: Record<'spring' | 'done' | 'summer', string> = { spring: '', done: '', summer: '' };
  const cookies = new Map<string, string>();

  const call = async (user: BuiltUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    if (!cookies.has(user.id)) cookies.set(user.id, await loginAs(t, user));
    return t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies.get(user.id) as string },
      ...(payload ? { payload } : {}),
    });
  };
  const task = async () => (await call(office, 'GET', `/tasks/${taskId}`)).json();

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-01-05T02:00:00Z');
    const rsj = await buildUnit(t, { name: '区人社局' });
    const section = await buildUnit(t, { name: '就业促进科', kind: 'section', parentId: rsj.id });
    office = await buildUser(t, { roles: ['supervisor'] });
    lead = await buildUser(t, { roles: ['unit_head'], unitId: rsj.id });
    const decision = (
      await call(office, 'POST', '/decisions', {
        title: '全会',
        kind: 'plenary',
        date: '2026-01-04',
        source: 'district_direct',
      })
    ).json();
    taskId = (
      await call(office, 'POST', '/tasks', {
        decisionId: decision.id,
        title: '全年新增城镇就业3000人',
        leadUnitId: rsj.id,
        startDate: '2026-01-01',
        dueDate: '2026-12-31',
      })
    ).json().id;
    await call(office, 'POST', `/decisions/${decision.id}/publish`);
    expect((await call(lead, 'POST', `/tasks/${taskId}/accept`)).statusCode).toBe(200);
    const split = async (title: string, startDate: string | null, dueDate: string) => {
      const res = await call(lead, 'POST', `/tasks/${taskId}/subtasks`, {
        title,
        sectionId: section.id,
        ...(startDate ? { startDate } : {}),
        dueDate,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    sub.spring = await split('春风行动招聘会', '2026-03-01', '2026-09-30');
    sub.done = await split('零工市场建设', null, '2026-11-30');
    sub.summer = await split('高校毕业生就业', null, '2026-06-30');
    const done = await call(lead, 'PATCH', `/subtasks/${sub.done}`, { version: 1, status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
  });
  afterAll(async () => t.close());

  it('refuses an edit that would leave a live sub-task outside, listing it, and changes nothing', async () => {
    const before = await task();
    const res = await call(office, 'PATCH', `/tasks/${taskId}`, {
      version: before.version,
      dueDate: '2026-08-31',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('SUBTASK_OUTSIDE_PARENT');
    expect(res.json().error.details).toMatchObject({
      reason: 'subtask_outside_parent',
      fields: [{ path: 'dueDate' }],
      subtasks: [
        {
          id: sub.spring,
          title: '春风行动招聘会',
          startDate: '2026-03-01',
          dueDate: '2026-09-30',
          problem: 'after_parent_due',
        },
      ],
    });
    const later = await call(office, 'PATCH', `/tasks/${taskId}`, {
      version: before.version,
      startDate: '2026-04-01',
    });
    expect([later.statusCode, later.json().error.details.fields[0].path]).toEqual([422, 'startDate']);
    expect(
      later.json().error.details.subtasks.map((s: { id: string; problem: string }) => [s.id, s.problem]),
    ).toEqual([[sub.spring, 'before_parent_start']]);
    expect(await task()).toMatchObject({
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      version: before.version,
    });
  });

  it('holds the batch edit to the same rule', async () => {
    const before = await task();
    const res = await call(office, 'POST', '/tasks/bulk-update', {
      items: [{ id: taskId, version: before.version }],
      changes: { dueDate: '2026-06-15' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.subtasks.map((s: { id: string }) => s.id)).toEqual([
      sub.spring,
      sub.summer,
    ]);
    expect((await task()).dueDate).toBe('2026-12-31');
  });

  it('lets the change through once the unit has moved its sub-task (a done one does not count)', async () => {
    const moved = await call(lead, 'PATCH', `/subtasks/${sub.spring}`, { version: 1, dueDate: '2026-08-15' });
    expect(moved.statusCode, moved.body).toBe(200);
    const before = await task();
    const res = await call(office, 'PATCH', `/tasks/${taskId}`, {
      version: before.version,
      dueDate: '2026-08-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dueDate).toBe('2026-08-31');
  });
});
