/**
 * 一级抓一级 (issue 15): a co-unit splits a task to its section with dates inside the task's; the section's
 * account sees it (and the task, read-only), reports progress; the roll-up suggestion is the weighted mean;
 * the office reads the whole tree; other units and sections see nothing; bad input changes nothing.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('sub-tasks on %s', (kind) => {
  let t: TestApp;
  const u = {} as Record<
    'office' | 'leader' | 'lead' | 'coHead' | 'coPerson' | 'other' | 'section' | 'otherSection',
    BuiltUser
  >;
  let sectionId: string;
  let otherSectionId: string;
  let taskId: string;
  let firstId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-03-02T02:00:00Z');
    const lead = await buildUnit(t, { name: '区人社局' });
    const co = await buildUnit(t, { name: '城关街道', kind: 'street' });
    const other = await buildUnit(t, { name: '东门街道', kind: 'street' });
    sectionId = (await buildUnit(t, { name: '社会事务科', kind: 'section', parentId: co.id })).id;
    otherSectionId = (await buildUnit(t, { name: '东门社会事务科', kind: 'section', parentId: other.id })).id;
    u.office = await buildUser(t, { roles: ['supervisor'] });
    u.leader = await buildUser(t, { roles: ['leader'] });
    u.lead = await buildUser(t, { roles: ['unit_operator'], unitId: lead.id, displayName: '王芳' });
    u.coHead = await buildUser(t, { roles: ['unit_head'], unitId: co.id, displayName: '刘洋' });
    u.coPerson = await buildUser(t, { roles: ['unit_operator'], unitId: co.id, displayName: '陈静' });
    u.other = await buildUser(t, { roles: ['unit_operator'], unitId: other.id });
    u.section = await buildUser(t, { roles: ['unit_operator'], unitId: sectionId, displayName: '周敏' });
    u.otherSection = await buildUser(t, { roles: ['unit_operator'], unitId: otherSectionId });
    const office = { cookie: await loginAs(t, u.office) };
    const decision = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: office,
        payload: { title: '全会', kind: 'plenary', date: '2026-01-04', source: 'district_direct' },
      })
    ).json();
    taskId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        headers: office,
        payload: {
          decisionId: decision.id,
          title: '全年新增城镇就业3000人',
          leadUnitId: lead.id,
          coUnitIds: [co.id],
          startDate: '2026-01-01',
          dueDate: '2026-12-31',
        },
      })
    ).json().id;
    await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${decision.id}/publish`, headers: office });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/accept`,
      headers: { cookie: await loginAs(t, u.lead) },
    });
  });
  afterAll(async () => t.close());

  const call = async (
    user: BuiltUser,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: await loginAs(t, user) },
      ...(payload ? { payload } : {}),
    });
  const split = (user: BuiltUser, payload: object) =>
    call(user, 'POST', `/tasks/${taskId}/subtasks`, payload);
  const tree = async (user: BuiltUser) => (await call(user, 'GET', `/tasks/${taskId}/subtasks`)).json();
  const fieldOf = (res: { json: () => { error: { details: { fields: Array<{ path: string }> } } } }) =>
    res.json().error.details.fields[0]?.path;

  it('a co-unit splits the task to its section; the section is told', async () => {
    const res = await split(u.coHead, {
      title: '城关片区新增就业800人',
      sectionId,
      startDate: '2026-03-01',
      dueDate: '2026-06-30',
    });
    expect(res.statusCode).toBe(201);
    const sub = res.json();
    firstId = sub.id;
    expect(sub).toMatchObject({
      sectionName: '社会事务科',
      unitName: '城关街道',
      assigneeId: null,
      progress: 0,
      weight: 1,
      status: 'open',
      version: 1,
      abilities: { edit: true, delete: true, progress: true },
    });
    const inbox = (await call(u.section, 'GET', '/inbox')).json();
    expect(JSON.stringify(inbox)).toContain('新的子任务：城关片区新增就业800人');
  });

  it('refuses dates outside the task, a foreign section or person, and nothing is stored', async () => {
    const due = await split(u.coHead, { title: 'x', sectionId, dueDate: '2027-01-01' });
    expect([due.statusCode, fieldOf(due)]).toEqual([422, 'dueDate']);
    const start = await split(u.coHead, {
      title: 'x',
      sectionId,
      startDate: '2025-12-31',
      dueDate: '2026-05-01',
    });
    expect([start.statusCode, fieldOf(start)]).toEqual([422, 'startDate']);
    const section = await split(u.coHead, { title: 'x', sectionId: otherSectionId, dueDate: '2026-05-01' });
    expect([section.statusCode, fieldOf(section)]).toEqual([422, 'sectionId']);
    const person = await split(u.coHead, { title: 'x', assigneeId: u.other.id, dueDate: '2026-05-01' });
    expect([person.statusCode, fieldOf(person)]).toEqual([422, 'assigneeId']);
    const none = await split(u.coHead, { title: 'x', dueDate: '2026-05-01' });
    expect([none.statusCode, fieldOf(none)]).toEqual([422, 'sectionId']);
    expect((await tree(u.office)).items).toHaveLength(1);
  });

  it('a unit outside the task gets 404, the section 403, the office 403; nothing is stored', async () => {
    const payload = { title: 'x', sectionId, dueDate: '2026-05-01' };
    expect((await split(u.other, payload)).statusCode).toBe(404);
    expect((await split(u.section, payload)).statusCode).toBe(403);
    expect((await split(u.office, payload)).statusCode).toBe(403);
    expect((await tree(u.office)).items).toHaveLength(1);
  });

  it('the lead unit splits to a person; each unit sees its own, the office all with the roll-up', async () => {
    const res = await split(u.lead, {
      title: '统筹全区就业台账',
      assigneeId: u.lead.id,
      dueDate: '2026-12-31',
      weight: 3,
    });
    expect(res.statusCode).toBe(201);
    await call(u.lead, 'PATCH', `/subtasks/${res.json().id}`, { version: 1, progress: 10 });
    const office = await tree(u.office);
    expect(office.items.map((s: { title: string }) => s.title)).toEqual([
      '城关片区新增就业800人',
      '统筹全区就业台账',
    ]);
    expect(office.abilities.create).toBe(false);
    expect(office.items.every((s: { abilities: { progress: boolean } }) => !s.abilities.progress)).toBe(true);
    expect(office.suggestedProgress).toBe(8); // (0·1 + 10·3) / 4 = 7.5
    expect((await tree(u.leader)).items).toHaveLength(2);
    const lead = await tree(u.lead);
    expect(lead.items.map((s: { title: string }) => s.title)).toEqual(['统筹全区就业台账']);
    expect(lead.suggestedProgress).toBe(10);
    const co = await tree(u.coHead);
    expect(co.items.map((s: { id: string }) => s.id)).toEqual([firstId]);
    expect(co.abilities.create).toBe(true);
    expect(co.options.sections).toEqual([{ id: sectionId, name: '社会事务科' }]);
    expect(co.options.people.map((p: { name: string }) => p.name).sort()).toEqual(
      ['刘洋', '周敏', '陈静'].sort(),
    );
  });

  it('the section sees its sub-task and the task read-only, and reports progress', async () => {
    const mine = (await call(u.section, 'GET', '/subtasks/mine')).json();
    expect(mine.items.map((s: { id: string; taskTitle: string }) => [s.id, s.taskTitle])).toEqual([
      [firstId, '全年新增城镇就业3000人'],
    ]);
    expect((await tree(u.section)).items.map((s: { id: string }) => s.id)).toEqual([firstId]);
    const task = await call(u.section, 'GET', `/tasks/${taskId}`);
    expect(task.statusCode).toBe(200);
    expect(task.json().abilities.accept).toBe(false);
    expect((await call(u.otherSection, 'GET', `/tasks/${taskId}`)).statusCode).toBe(404);
    expect((await call(u.otherSection, 'GET', `/tasks/${taskId}/subtasks`)).statusCode).toBe(404);
    expect((await call(u.otherSection, 'GET', '/subtasks/mine')).json().items).toEqual([]);

    const done = await call(u.section, 'PATCH', `/subtasks/${firstId}`, {
      version: 1,
      progress: 50,
      note: '已完成摸底',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      progress: 50,
      note: '已完成摸底',
      version: 2,
      updatedByName: '周敏',
    });
    const stale = await call(u.section, 'PATCH', `/subtasks/${firstId}`, { version: 1, progress: 60 });
    expect(stale.statusCode).toBe(409);
    const title = await call(u.section, 'PATCH', `/subtasks/${firstId}`, { version: 2, title: '改标题' });
    expect(title.statusCode).toBe(403);
    const co = await tree(u.coHead);
    expect(co.items[0]).toMatchObject({ progress: 50, note: '已完成摸底', title: '城关片区新增就业800人' });
    expect(co.suggestedProgress).toBe(50);
    expect((await tree(u.office)).suggestedProgress).toBe(20); // (50·1 + 10·3) / 4
  });

  it('done counts 100 in the roll-up; the unit moves dates only inside the task', async () => {
    const done = await call(u.section, 'PATCH', `/subtasks/${firstId}`, { version: 2, status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', version: 3 });
    expect(done.json().completedAt).not.toBeNull();
    expect((await tree(u.office)).suggestedProgress).toBe(33); // (100·1 + 10·3) / 4 = 32.5
    const late = await call(u.coHead, 'PATCH', `/subtasks/${firstId}`, { version: 3, dueDate: '2027-02-01' });
    expect([late.statusCode, fieldOf(late)]).toEqual([422, 'dueDate']);
    const ok = await call(u.coHead, 'PATCH', `/subtasks/${firstId}`, { version: 3, dueDate: '2026-07-31' });
    expect(ok.json()).toMatchObject({ dueDate: '2026-07-31', version: 4 });
    const other = await call(u.lead, 'PATCH', `/subtasks/${firstId}`, { version: 4, progress: 1 });
    expect(other.statusCode).toBe(404);
  });

  it('the ledger export lists the sub-tasks the caller sees on a second sheet', async () => {
    const sheet = async (user: BuiltUser) => {
      const res = await call(user, 'GET', '/tasks/export?columns=code,title');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('任务分解');
      if (!ws) throw new Error('no 任务分解 sheet');
      const rows: unknown[][] = [];
      for (let r = 3; r <= ws.rowCount; r++)
        rows.push([4, 5, 6, 7, 9, 10, 11, 12].map((c) => ws.getCell(r, c).value));
      return rows;
    };
    expect(await sheet(u.office)).toEqual([
      ['城关街道', '社会事务科', '', '城关片区新增就业800人', '2026-07-31', 50, '已完成', '已完成摸底'],
      ['区人社局', '', '王芳', '统筹全区就业台账', '2026-12-31', 10, '进行中', ''],
    ]);
    expect((await sheet(u.lead)).map((r) => r[3])).toEqual(['统筹全区就业台账']);
  });

  it('only the unit that made it deletes a sub-task', async () => {
    expect((await call(u.section, 'DELETE', `/subtasks/${firstId}`)).statusCode).toBe(403);
    expect((await call(u.lead, 'DELETE', `/subtasks/${firstId}`)).statusCode).toBe(404);
    expect((await call(u.coPerson, 'DELETE', `/subtasks/${firstId}`)).statusCode).toBe(204);
    expect((await tree(u.office)).items).toHaveLength(1);
    expect((await call(u.section, 'GET', `/tasks/${taskId}`)).statusCode).toBe(404);
  });

  it('the lead unit names the responsible account; others may not', async () => {
    const version = (await call(u.lead, 'GET', `/tasks/${taskId}`)).json().version;
    const set = await call(u.lead, 'PUT', `/tasks/${taskId}/responsible-user`, {
      userId: u.lead.id,
      version,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ responsibleUserId: u.lead.id, responsibleUserName: '王芳' });
    const co = await call(u.coHead, 'PUT', `/tasks/${taskId}/responsible-user`, {
      userId: u.coHead.id,
      version: version + 1,
    });
    expect(co.statusCode).toBe(403);
    const foreign = await call(u.lead, 'PUT', `/tasks/${taskId}/responsible-user`, {
      userId: u.other.id,
      version: version + 1,
    });
    expect([foreign.statusCode, fieldOf(foreign)]).toEqual([422, 'userId']);
    const stale = await call(u.lead, 'PUT', `/tasks/${taskId}/responsible-user`, { userId: null, version });
    expect(stale.statusCode).toBe(409);
    expect((await call(u.office, 'GET', `/tasks/${taskId}`)).json().responsibleUserName).toBe('王芳');
  });
});
