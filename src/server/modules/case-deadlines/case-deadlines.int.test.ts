/**
 * 督办事项时限 (issue 16): cases, rectifications and instructions carry deadlineState and daysLeft (working-day
 * window, calendar days shown), the lists filter by ?deadline=, instructions get a due date when written,
 * the reminder run tells units before and units and office after (each once), and the cockpit and the
 * bulletin count them with the overdue named. 2026-03-10 is a Tuesday; March 2026 has no holiday.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { withSystemTx } from '../../db/tx';
import { instructions } from '../../db/schema';
import { runReminders } from '../../notify/reminders';
import {
  buildDecisionWithTask,
  buildUnit,
  buildUser,
  loginAs,
  type BuiltUser,
} from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('case deadlines on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let leader: BuiltUser;
  let opA: BuiltUser;
  let opB: BuiltUser;
  let taskId: string;
  const ids: Record<string, string> = {};

  // Sessions end when idle: moving the clock a day means a new login (one per user and moment).
  const cookies = new Map<string, string>();
  const cookieOf = async (user: BuiltUser) => {
    const key = `${user.id}@${t.clock.now().toISOString()}`;
    if (!cookies.has(key)) cookies.set(key, await loginAs(t, user));
    return cookies.get(key) as string;
  };
  const call = async (user: BuiltUser, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: await cookieOf(user) }, ...(payload ? { payload } : {}) });
  const on = (day: string) => t.clock.set(`${day}T02:00:00Z`);
  const openCase = async (title: string, deadline: string, unitId: string) =>
    (
      await call(office, 'POST', '/api/v1/cases', {
        title,
        origin: 'inspection',
        level: 'key',
        requirements: '限期办结并书面报告',
        deadline,
        unitIds: [unitId],
      })
    ).json().id as string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    on('2026-03-02');
    const unitA = (await buildUnit(t, { name: '区住房和城乡建设局' })).id;
    const unitB = (await buildUnit(t, { name: '区教育局' })).id;
    office = await buildUser(t, { roles: ['supervisor'] });
    leader = await buildUser(t, { roles: ['leader'] });
    opA = await buildUser(t, { roles: ['unit_operator'], unitId: unitA });
    opB = await buildUser(t, { roles: ['unit_operator'], unitId: unitB });
    taskId = (await buildDecisionWithTask(t, { leadUnitId: unitA })).taskId;
    ids.case1 = await openCase('老旧小区改造滞后', '2026-03-06', unitA);
    ids.case2 = await openCase('学位供给不足', '2026-03-13', unitB);
    ids.case3 = await openCase('保障房分配迟缓', '2026-03-16', unitA);
    ids.case4 = await openCase('校园安全隐患', '2026-03-05', unitB);
    const inspection = await call(office, 'POST', '/api/v1/inspections', {
      date: '2026-03-02',
      team: '督查室',
      places: '城东片区',
      findings: [
        { finding: '工地围挡破损', unitId: unitA, deadline: '2026-03-09' },
        { finding: '食堂台账不全', unitId: unitB, deadline: '2026-03-12' },
        { finding: '渣土未覆盖', unitId: unitA, deadline: '2026-03-03' },
      ],
    });
    const rects = inspection.json().rectifications as Array<{ id: string; finding: string }>;
    const byFinding = (f: string) => rects.find((r) => r.finding === f)?.id as string;
    ids.r1 = byFinding('工地围挡破损');
    ids.r2 = byFinding('食堂台账不全');
    ids.r3 = byFinding('渣土未覆盖');
    const write = async (payload: object) =>
      call(leader, 'POST', `/api/v1/tasks/${taskId}/instructions`, payload);
    const i1 = await write({ text: '请抓紧推进，按时报告' });
    expect(i1.statusCode).toBe(201);
    ids.i1 = i1.json().id;
    // Written on Monday 03-02: five working days on is Monday 03-09.
    expect(i1.json()).toMatchObject({ dueDate: '2026-03-09', answered: false, deadlineState: 'on_time' });
    ids.i2 = (await write({ text: '月底前拿出方案', dueDate: '2026-03-20' })).json().id;
    ids.i3 = (await write({ text: '请说明情况' })).json().id;
    on('2026-03-03');
    expect(
      (await call(opA, 'POST', `/api/v1/instructions/${ids.i3}/replies`, { text: '已说明' })).statusCode,
    ).toBe(201);
    on('2026-03-04');
    expect(
      (await call(opB, 'POST', `/api/v1/cases/${ids.case4}/answer`, { answer: '已排查整改' })).statusCode,
    ).toBe(200);
    expect(
      (await call(opA, 'POST', `/api/v1/rectifications/${ids.r3}/submit`, { measures: '已覆盖', version: 1 }))
        .statusCode,
    ).toBe(200);
    on('2026-03-10');
  });
  afterAll(async () => t.close());

  it('a due date before today is refused naming the field, and nothing is written', async () => {
    on('2026-03-10');
    const before = (await call(leader, 'GET', `/api/v1/tasks/${taskId}/instructions`)).json().items.length;
    const res = await call(leader, 'POST', `/api/v1/tasks/${taskId}/instructions`, {
      text: '补批示',
      dueDate: '2026-03-09',
    });
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json().error)).toContain('dueDate');
    expect((await call(leader, 'GET', `/api/v1/tasks/${taskId}/instructions`)).json().items).toHaveLength(
      before,
    );
  });

  it('presents each item with its state and calendar days, and filters the lists', async () => {
    on('2026-03-10');
    const cases = (await call(office, 'GET', '/api/v1/cases')).json().items as Array<Record<string, unknown>>;
    const state = (id: string) => cases.find((c) => c.id === id);
    expect(state(ids.case1 as string)).toMatchObject({ deadlineState: 'overdue', daysLeft: -4 });
    // Wed, Thu, Fri: three working days to Friday 03-13.
    expect(state(ids.case2 as string)).toMatchObject({ deadlineState: 'due_soon', daysLeft: 3 });
    // Four working days to Monday 03-16.
    expect(state(ids.case3 as string)).toMatchObject({ deadlineState: 'on_time', daysLeft: 6 });
    expect(state(ids.case4 as string)).toMatchObject({
      status: 'answered',
      deadlineState: null,
      daysLeft: null,
    });
    const ofList = async (user: BuiltUser, url: string) =>
      ((await call(user, 'GET', url)).json().items as Array<{ id: string }>).map((x) => x.id);
    expect(await ofList(office, '/api/v1/cases?deadline=overdue')).toEqual([ids.case1]);
    expect((await ofList(opB, '/api/v1/cases')).sort()).toEqual([ids.case2, ids.case4].sort());
    expect(await ofList(opB, '/api/v1/cases?deadline=due_soon')).toEqual([ids.case2]);
    expect(await ofList(opB, '/api/v1/cases?deadline=overdue')).toEqual([]);
    expect((await call(office, 'GET', '/api/v1/cases?deadline=late')).statusCode).toBe(422);
    // A submitted rectification stays lit until verified (销号), as its 逾期 flag.
    expect(await ofList(office, '/api/v1/rectifications?deadline=overdue')).toEqual([ids.r3, ids.r1]);
    const r3 = (await call(opA, 'GET', '/api/v1/rectifications'))
      .json()
      .items.find((r: { id: string }) => r.id === ids.r3);
    expect(r3).toMatchObject({
      status: 'submitted',
      isOverdue: true,
      deadlineState: 'overdue',
      daysLeft: -7,
    });
    expect(await ofList(opA, '/api/v1/rectifications?deadline=due_soon')).toEqual([]);
    expect(await ofList(opB, '/api/v1/rectifications?deadline=due_soon')).toEqual([ids.r2]);
    const list = (await call(opA, 'GET', '/api/v1/instructions')).json().items as Array<
      Record<string, unknown>
    >;
    expect(list.map((i) => [i.id, i.dueDate, i.answered, i.deadlineState, i.daysLeft, i.unitName])).toEqual([
      [ids.i1, '2026-03-09', false, 'overdue', -1, '区住房和城乡建设局'],
      [ids.i3, '2026-03-09', true, null, null, '区住房和城乡建设局'],
      [ids.i2, '2026-03-20', false, 'on_time', 10, '区住房和城乡建设局'],
    ]);
    expect(await ofList(leader, '/api/v1/instructions?deadline=overdue')).toEqual([ids.i1]);
    // The task is unit A's: unit B sees none of its instructions.
    expect(await ofList(opB, '/api/v1/instructions')).toEqual([]);
  });

  it('the cockpit counts open items, due soon and overdue, the overdue named longest first', async () => {
    on('2026-03-10');
    const res = await call(leader, 'GET', '/api/v1/cockpit');
    expect(res.statusCode).toBe(200);
    const s = res.json().caseDeadlines;
    expect(s.cases).toEqual({ open: 3, dueSoon: 1, overdue: 1 });
    expect(s.rectifications).toEqual({ open: 3, dueSoon: 1, overdue: 2 });
    expect(s.instructions).toEqual({ open: 2, dueSoon: 0, overdue: 1 });
    expect(s.overdue.map((o: Record<string, unknown>) => [o.id, o.daysOverdue, o.unitNames])).toEqual([
      [ids.r3, 7, ['区住房和城乡建设局']],
      [ids.case1, 4, ['区住房和城乡建设局']],
      [ids.i1, 1, ['区住房和城乡建设局']],
      [ids.r1, 1, ['区住房和城乡建设局']],
    ]);
  });

  it('reminds the unit before the due date and unit and office after it, each once', async () => {
    on('2026-03-10');
    const first = await runReminders(t.deps, '2026-03-10');
    expect([first.caseDeadlineDue, first.caseDeadlineOverdue]).toEqual([2, 4]);
    const again = await runReminders(t.deps, '2026-03-10');
    expect([again.caseDeadlineDue, again.caseDeadlineOverdue]).toEqual([0, 0]);
    const rows = await queryRows<{ kind: string; n: number }>(
      t.db.orm,
      sql`SELECT kind, count(*)::int AS n FROM notifications WHERE kind LIKE 'case_deadline_%' GROUP BY kind ORDER BY kind`,
    );
    // Due soon: case2 and r2 to unit B's one operator. Overdue: four items to their unit's operator and the office.
    expect(rows.map((r) => [r.kind, Number(r.n)])).toEqual([
      ['case_deadline_due', 2],
      ['case_deadline_overdue', 8],
    ]);
    // The next day case3 comes due soon (Thu, Fri, Mon): one more reminder, nothing repeated.
    const next = await runReminders(t.deps, '2026-03-11');
    expect([next.caseDeadlineDue, next.caseDeadlineOverdue]).toEqual([1, 0]);
  });

  it('the bulletin has the section 督办事项办理情况 as of the month end, overdue items named by unit', async () => {
    on('2026-04-01');
    const res = await call(office, 'POST', '/api/v1/bulletins', { period: '2026-03' });
    expect(res.statusCode).toBe(201);
    const s = res.json().data.caseDeadlines;
    expect(s.asOf).toBe('2026-03-31');
    expect([s.cases, s.rectifications, s.instructions]).toEqual([
      { open: 3, dueSoon: 0, overdue: 3 },
      { open: 3, dueSoon: 0, overdue: 3 },
      { open: 2, dueSoon: 0, overdue: 2 },
    ]);
    expect(s.overdue.map((o: Record<string, unknown>) => [o.kind, o.daysOverdue])).toEqual([
      ['rectification', 28],
      ['case', 25],
      ['instruction', 22],
      ['rectification', 22],
      ['rectification', 19],
      ['case', 18],
      ['case', 15],
      ['instruction', 11],
    ]);
    const doc = await call(office, 'GET', `/api/v1/bulletins/${res.json().id}/document`);
    const text = (await mammoth.extractRawText({ buffer: doc.rawPayload })).value;
    expect(text).toContain('督办事项办理情况');
    expect(text).toContain('在办督办件3件，其中即将到期0件、已超期3件');
    expect(text).toContain('超期未办结事项8件');
    expect(text).toContain('区教育局');
  });

  it('the migration gives an old instruction the fifth weekday after the Shanghai day it was written', async () => {
    const id = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(instructions).values({
        id,
        tenantId: t.tenantId,
        taskId,
        leaderId: (await queryRows<{ id: string }>(tx, sql`SELECT id FROM users LIMIT 1`))[0]?.id as string,
        text: '旧批示',
        // Saturday 03-07 in Shanghai (Friday in UTC): Mon 9 … Fri 13.
        createdAt: new Date('2026-03-06T20:00:00Z'),
        dueDate: '2000-01-01',
      });
      const migration = readFileSync('src/server/db/migrations/0044_instruction_due_dates.sql', 'utf8');
      const update = /UPDATE instructions[\s\S]*?\);/.exec(migration)?.[0] as string;
      // Only this row: the others keep the due dates the test gave them.
      await queryRows(tx, sql.raw(update.replace(/;$/, ` WHERE i.id = '${id}';`)));
      const [row] = await queryRows<{ due: string }>(
        tx,
        sql`SELECT due_date::text AS due FROM instructions WHERE id = ${id}`,
      );
      expect(row?.due).toBe('2026-03-13');
    });
  });

  it('an instruction on a cancelled task leaves the overdue lists, the cockpit and the task page', async () => {
    on('2026-03-10');
    const other = (await buildDecisionWithTask(t, { leadUnitId: opA.unitId as string })).taskId;
    const res = await call(leader, 'POST', `/api/v1/tasks/${other}/instructions`, {
      text: '本周内报送整改方案',
      dueDate: '2026-03-11',
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    on('2026-03-13');
    const overdue = async () =>
      (
        (await call(office, 'GET', '/api/v1/instructions?deadline=overdue')).json().items as Array<{
          id: string;
        }>
      )
        .map((i) => i.id)
        .includes(id);
    const inCockpit = async () =>
      ((await call(leader, 'GET', '/api/v1/cockpit')).json().caseDeadlines.overdue as Array<{ id: string }>)
        .map((i) => i.id)
        .includes(id);
    expect([await overdue(), await inCockpit()]).toEqual([true, true]);
    await withSystemTx(t.db, async (tx) => {
      await queryRows(tx, sql`UPDATE tasks SET status = 'cancelled' WHERE id = ${other}`);
    });
    expect([await overdue(), await inCockpit()]).toEqual([false, false]);
    const onTask = (await call(leader, 'GET', `/api/v1/tasks/${other}/instructions`)).json().items as Array<
      Record<string, unknown>
    >;
    expect(onTask.map((i) => [i.id, i.answered, i.deadlineState, i.daysLeft])).toEqual([
      [id, false, null, null],
    ]);
  });
});
