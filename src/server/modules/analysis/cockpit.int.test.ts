/**
 * 驾驶舱: the figures a leader sees — overall, by lead unit and category, the leader's own portfolio red first,
 * the latest instructions with their answers, overdue rectifications — and the ledger view its bars link to.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisions, instructionReplies, instructions, rectifications, reports, tasks } from '../../db/schema';
import { withSystemTx } from '../../db/tx';
import { buildTenant, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

interface CockpitTask {
  code: string;
  light: string;
  reasons: string[];
}

describe.each(dbKinds())('cockpit on %s', (kind) => {
  let t: TestApp;
  let leader: string;
  let supervisor: string;
  let operator: string;
  const ids = { a: '', b: '', c: '' };
  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-08-01T02:00:00Z');
    const a = await buildUnit(t, { name: '区发展和改革委员会', code: 'A' });
    const b = await buildUnit(t, { name: '区教育局', code: 'B' });
    const c = await buildUnit(t, { name: '区卫生健康委员会', code: 'C' });
    Object.assign(ids, { a: a.id, b: b.id, c: c.id });
    const me = await buildUser(t, { roles: ['leader'], displayName: '王副区长' });
    const other = await buildUser(t, { roles: ['leader'], displayName: '李副区长' });
    const liaison = await buildUser(t, {
      roles: ['unit_operator'],
      unitId: a.id,
      displayName: '发改委联络员',
    });
    leader = await loginAs(t, me);
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    operator = await loginAs(t, liaison);

    const decisionId = uuidv7();
    const published = new Date('2024-01-05T02:00:00Z');
    const accepted = new Date('2024-01-10T02:00:00Z');
    const base = {
      tenantId: t.tenantId,
      decisionId,
      source: 'district_direct' as const,
      publishedAt: published,
      startDate: '2024-01-01',
      dueDate: '2024-12-31',
    };
    const task = { red: uuidv7(), done: uuidv7(), yellow: uuidv7(), otherRed: uuidv7() };
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values({
        id: decisionId,
        tenantId: t.tenantId,
        title: '全会',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
      });
      await tx.insert(tasks).values([
        // Mine: red (nothing done with seven months gone), completed, yellow (no July report).
        {
          ...base,
          id: task.red,
          code: '2024-QW-001',
          title: '新引进亿元以上项目30个',
          category: '经济发展',
          leadUnitId: a.id,
          leadLeaderId: me.id,
          status: 'in_progress',
          progress: 0,
          acceptedAt: accepted,
        },
        {
          ...base,
          id: task.done,
          code: '2024-QW-002',
          title: '完成营商环境评估',
          category: '经济发展',
          leadUnitId: a.id,
          leadLeaderId: me.id,
          dueDate: '2024-06-30',
          status: 'completed',
          progress: 100,
          acceptedAt: accepted,
          completedAt: new Date('2024-06-15T02:00:00Z'),
        },
        {
          ...base,
          id: task.yellow,
          code: '2024-QW-003',
          title: '新建幼儿园3所',
          category: '社会民生',
          leadUnitId: b.id,
          leadLeaderId: me.id,
          status: 'in_progress',
          progress: 55,
          acceptedAt: accepted,
        },
        // Another leader's red task that unit A only cooperates on.
        {
          ...base,
          id: task.otherRed,
          code: '2024-QW-004',
          title: '社区卫生服务中心改造',
          leadUnitId: c.id,
          coUnitIds: [a.id],
          leadLeaderId: other.id,
          status: 'in_progress',
          progress: 0,
          acceptedAt: accepted,
        },
        // Neither a cancelled nor an unpublished task counts.
        {
          ...base,
          id: uuidv7(),
          code: '2024-QW-005',
          title: '已撤销的任务',
          leadUnitId: a.id,
          leadLeaderId: me.id,
          status: 'cancelled',
          progress: 0,
        },
        {
          ...base,
          id: uuidv7(),
          title: '草稿任务',
          leadUnitId: a.id,
          leadLeaderId: me.id,
          status: 'draft',
          progress: 0,
          publishedAt: null,
        },
      ]);
      await tx.insert(reports).values({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: task.red,
        unitId: a.id,
        period: '2024-07',
        progress: 0,
        narrative: '正在洽谈',
        status: 'submitted',
        submittedBy: liaison.id,
        submittedAt: new Date('2024-07-25T02:00:00Z'),
      });
      const answered = uuidv7();
      await tx.insert(instructions).values([
        {
          id: answered,
          tenantId: t.tenantId,
          taskId: task.red,
          leaderId: me.id,
          text: '请加快项目洽谈进度',
          createdAt: new Date('2024-07-10T02:00:00Z'),
          dueDate: '2024-07-17',
        },
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          taskId: task.otherRed,
          leaderId: other.id,
          text: '月底前拿出改造方案',
          createdAt: new Date('2024-07-20T02:00:00Z'),
          dueDate: '2024-07-27',
        },
      ]);
      await tx.insert(instructionReplies).values([
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          instructionId: answered,
          authorId: liaison.id,
          text: '已成立专班',
          createdAt: new Date('2024-07-12T02:00:00Z'),
        },
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          instructionId: answered,
          authorId: liaison.id,
          text: '已签约2个项目',
          createdAt: new Date('2024-07-15T02:00:00Z'),
        },
      ]);
      await tx.insert(rectifications).values([
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          finding: '卫生院台账不规范',
          unitId: c.id,
          deadline: '2024-07-20',
        },
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          finding: '已销号的问题',
          unitId: c.id,
          deadline: '2024-07-25',
          status: 'verified',
        },
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          finding: '尚未到期的问题',
          unitId: b.id,
          deadline: '2024-08-10',
        },
        {
          id: uuidv7(),
          tenantId: t.tenantId,
          finding: '已提交未销号的问题',
          unitId: a.id,
          deadline: '2024-07-30',
          status: 'submitted',
        },
      ]);
    });
    // Another district's task is never counted.
    const elsewhere = await buildTenant(t);
    const unitElsewhere = await buildUnit(t, { tenantId: elsewhere, name: '外区单位' });
    await withSystemTx(t.db, async (tx) => {
      const otherDecision = uuidv7();
      await tx.insert(decisions).values({
        id: otherDecision,
        tenantId: elsewhere,
        title: '外区全会',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
      });
      await tx.insert(tasks).values({
        ...base,
        tenantId: elsewhere,
        decisionId: otherDecision,
        id: uuidv7(),
        title: '外区任务',
        leadUnitId: unitElsewhere.id,
        status: 'in_progress',
        progress: 0,
      });
    });
  });
  afterAll(async () => t.close());

  const cockpitAs = async (cookie: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/cockpit', headers: { cookie } });

  it('counts published tasks overall, by lead unit (most red first) and by category', async () => {
    const res = await cockpitAs(leader);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.asOf).toBe('2024-08-01');
    expect(body.overall).toEqual({
      published: 4,
      completed: 1,
      completionRate: 25,
      red: 2,
      yellow: 1,
      green: 1,
    });
    expect(
      body.units.map(
        (u: {
          unitName: string;
          total: number;
          completed: number;
          red: number;
          yellow: number;
          green: number;
          completionRate: number;
        }) => [u.unitName, u.total, u.completed, u.red, u.yellow, u.green, u.completionRate],
      ),
    ).toEqual([
      ['区发展和改革委员会', 2, 1, 1, 0, 1, 50],
      ['区卫生健康委员会', 1, 0, 1, 0, 0, 0],
      ['区教育局', 1, 0, 0, 1, 0, 0],
    ]);
    expect(
      body.categories.map((c: { category: string | null; total: number; red: number }) => [
        c.category,
        c.total,
        c.red,
      ]),
    ).toEqual([
      ['经济发展', 2, 1],
      [null, 1, 1],
      ['社会民生', 1, 0],
    ]);
  });

  it('puts the leader’s own portfolio first, red first with its reasons; the office sees the district’s red tasks', async () => {
    const body = (await cockpitAs(leader)).json();
    expect(body.portfolio.map((x: CockpitTask) => [x.code, x.light])).toEqual([
      ['2024-QW-001', 'red'],
      ['2024-QW-003', 'yellow'],
      ['2024-QW-002', 'green'],
    ]);
    expect(body.portfolio[0].reasons).toContain('behind_schedule');
    expect(body.portfolio[1].reasons).toEqual(['missing_report']);
    expect(body.portfolioCounts).toEqual({ total: 3, completed: 1, red: 1, yellow: 1, green: 1 });
    expect(body.redTasks.map((x: CockpitTask) => x.code)).toEqual(['2024-QW-001', '2024-QW-004']);
    const office = (await cockpitAs(supervisor)).json();
    expect(office.portfolio).toEqual([]);
    expect(office.portfolioCounts.total).toBe(0);
    expect(office.redTasks).toHaveLength(2);
  });

  it('lists the latest instructions, newest first, with whether and what the unit answered', async () => {
    const body = (await cockpitAs(leader)).json();
    expect(
      body.instructions.map(
        (i: {
          text: string;
          answered: boolean;
          replyCount: number;
          leaderName: string;
          taskCode: string;
        }) => [i.text, i.leaderName, i.taskCode, i.answered, i.replyCount],
      ),
    ).toEqual([
      ['月底前拿出改造方案', '李副区长', '2024-QW-004', false, 0],
      ['请加快项目洽谈进度', '王副区长', '2024-QW-001', true, 2],
    ]);
    expect(body.instructions[0].latestReply).toBeNull();
    expect(body.instructions[1].latestReply).toMatchObject({
      text: '已签约2个项目',
      authorName: '发改委联络员',
      unitName: '区发展和改革委员会',
    });
  });

  it('lists unverified rectifications past their deadline, the oldest first, with the days overdue', async () => {
    const body = (await cockpitAs(leader)).json();
    expect(
      body.overdueRectifications.map(
        (r: { finding: string; unitName: string; daysOverdue: number; status: string }) => [
          r.finding,
          r.unitName,
          r.daysOverdue,
          r.status,
        ],
      ),
    ).toEqual([
      ['卫生院台账不规范', '区卫生健康委员会', 12, 'open'],
      ['已提交未销号的问题', '区发展和改革委员会', 2, 'submitted'],
    ]);
  });

  it('a unit’s red bar links to a ledger view with the same count (its lead tasks only)', async () => {
    const body = (await cockpitAs(leader)).json();
    const unitA = body.units.find((u: { unitId: string }) => u.unitId === ids.a);
    const led = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/tasks?leadUnitId=${ids.a}&light=red`,
        headers: { cookie: leader },
      })
    ).json();
    expect(led.total).toBe(unitA.red);
    expect(led.items.map((x: { code: string }) => x.code)).toEqual(['2024-QW-001']);
    // unitId also matches cooperating units: the co-led red task of unit C appears there, not under leadUnitId.
    const any = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/tasks?unitId=${ids.a}&light=red`,
        headers: { cookie: leader },
      })
    ).json();
    expect(any.total).toBe(2);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/tasks?leadUnitId=not-a-uuid',
      headers: { cookie: leader },
    });
    expect(bad.statusCode).toBe(422);
  });

  it('is for leaders and the office only', async () => {
    expect((await cockpitAs(operator)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/cockpit' })).statusCode).toBe(401);
  });
});
