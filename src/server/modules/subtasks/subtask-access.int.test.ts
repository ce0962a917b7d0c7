/**
 * A sub-task opens its parent task to its section or person only while it is in force (issue 15, review of
 * stop 25): once the office takes the task from the unit that split it, or an admin moves the person to
 * another unit, the section and the person see nothing (404) and can no longer report progress. An assignee
 * from a child unit must be of a section, not of a community (or any other unit) that sits under a street.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('sub-task access in force on %s', (kind) => {
  let t: TestApp;
  const u = {} as Record<
    'office' | 'admin' | 'lead' | 'coHead' | 'section' | 'leadPerson' | 'townHead',
    BuiltUser
  >;
  const units = {} as Record<'lead' | 'co' | 'other' | 'town' | 'townStreet', string>;
  let childStreetPerson: BuiltUser;
  let seq = 0;

  const call = async (user: BuiltUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: await loginAs(t, user) },
      ...(payload ? { payload } : {}),
    });

  async function publishedTask(leadUnitId: string, coUnitIds: string[], accept: BuiltUser): Promise<string> {
    const decision = (
      await call(u.office, 'POST', '/decisions', {
        title: `区委全会第${++seq}次会议`,
        kind: 'plenary',
        date: '2026-01-04',
        source: 'district_direct',
      })
    ).json();
    const taskId = (
      await call(u.office, 'POST', '/tasks', {
        decisionId: decision.id,
        title: `全年新增城镇就业3000人（${seq}）`,
        leadUnitId,
        coUnitIds,
        startDate: '2026-01-01',
        dueDate: '2026-12-31',
      })
    ).json().id as string;
    await call(u.office, 'POST', `/decisions/${decision.id}/publish`);
    expect((await call(accept, 'POST', `/tasks/${taskId}/accept`)).statusCode).toBe(200);
    return taskId;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-03-02T02:00:00Z');
    units.lead = (await buildUnit(t, { name: '区人社局' })).id;
    units.co = (await buildUnit(t, { name: '城关街道', kind: 'street' })).id;
    units.other = (await buildUnit(t, { name: '东门街道', kind: 'street' })).id;
    units.town = (await buildUnit(t, { name: '新城街道', kind: 'street' })).id;
    units.townStreet = (await buildUnit(t, { name: '新城社区', kind: 'street', parentId: units.town })).id;
    const coSection = (await buildUnit(t, { name: '社会事务科', kind: 'section', parentId: units.co })).id;
    const leadSection = (await buildUnit(t, { name: '就业促进科', kind: 'section', parentId: units.lead }))
      .id;
    u.office = await buildUser(t, { roles: ['supervisor'] });
    u.admin = await buildUser(t, { roles: ['admin'] });
    u.lead = await buildUser(t, { roles: ['unit_operator'], unitId: units.lead });
    u.coHead = await buildUser(t, { roles: ['unit_head'], unitId: units.co });
    u.section = await buildUser(t, { roles: ['unit_operator'], unitId: coSection });
    u.leadPerson = await buildUser(t, { roles: ['unit_operator'], unitId: leadSection });
    u.townHead = await buildUser(t, { roles: ['unit_head'], unitId: units.town });
    childStreetPerson = await buildUser(t, { roles: ['unit_operator'], unitId: units.townStreet });
  });
  afterAll(async () => t?.close());

  it('a co-unit taken off the task takes its section’s access with it', async () => {
    const taskId = await publishedTask(units.lead, [units.co], u.lead);
    const split = await call(u.coHead, 'POST', `/tasks/${taskId}/subtasks`, {
      title: '城关街道新增就业1200人',
      sectionId: u.section.unitId,
      dueDate: '2026-11-30',
    });
    expect(split.statusCode, split.body).toBe(201);
    const sub = split.json() as { id: string; version: number };
    expect((await call(u.section, 'GET', `/tasks/${taskId}`)).statusCode).toBe(200);

    const task = (await call(u.office, 'GET', `/tasks/${taskId}`)).json() as { version: number };
    const moved = await call(u.office, 'PATCH', `/tasks/${taskId}`, {
      coUnitIds: [units.other],
      version: task.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);

    expect((await call(u.section, 'GET', `/tasks/${taskId}`)).statusCode).toBe(404);
    const mine = (await call(u.section, 'GET', '/subtasks/mine')).json() as { items: Array<{ id: string }> };
    expect(mine.items.map((i) => i.id)).not.toContain(sub.id);
    const progress = await call(u.section, 'PATCH', `/subtasks/${sub.id}`, {
      progress: 80,
      version: sub.version,
    });
    expect(progress.statusCode).toBe(404);
  });

  it('a person moved to another unit no longer reads the task through the sub-task', async () => {
    const taskId = await publishedTask(units.lead, [], u.lead);
    const split = await call(u.lead, 'POST', `/tasks/${taskId}/subtasks`, {
      title: '开展就业援助月活动',
      assigneeId: u.leadPerson.id,
      dueDate: '2026-10-31',
    });
    expect(split.statusCode, split.body).toBe(201);
    expect((await call(u.leadPerson, 'GET', `/tasks/${taskId}`)).statusCode).toBe(200);

    const users = (await call(u.admin, 'GET', `/users?q=${u.leadPerson.username}`)).json() as {
      items: Array<{ id: string; version: number }>;
    };
    const me = users.items.find((x) => x.id === u.leadPerson.id);
    const moved = await call(u.admin, 'PATCH', `/users/${u.leadPerson.id}`, {
      unitId: units.other,
      version: me?.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await call(u.leadPerson, 'GET', `/tasks/${taskId}`)).statusCode).toBe(404);
  });

  it('refuses as assignee a person of a child unit that is not a section', async () => {
    const taskId = await publishedTask(units.town, [], u.townHead);
    const res = await call(u.townHead, 'POST', `/tasks/${taskId}/subtasks`, {
      title: '社区就业服务站建设',
      assigneeId: childStreetPerson.id,
      dueDate: '2026-10-31',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].path).toBe('assigneeId');
    expect((await call(childStreetPerson, 'GET', `/tasks/${taskId}`)).statusCode).toBe(404);
  });
});
