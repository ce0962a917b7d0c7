/**
 * 民生实事 (issue 17): the office marks tasks as livelihood projects; the public list shows each marked task at
 * work or done with public fields only, and the counts done / on track / behind; nothing unmarked, no draft,
 * nothing of another district; a mark shows at once (the write empties the cache).
 */
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { auditEvents, decisions, reports, tasks } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each(dbKinds())('livelihood projects on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let unitUser: string;
  const ids: Record<string, string> = {};
  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) });
  const mark = (id: string, isLivelihood: boolean, cookie = office) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/tasks/${id}/livelihood`,
      headers: { cookie },
      payload: { isLivelihood },
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set(new Date('2024-07-15T02:00:00Z'));
    const unit = await buildUnit(t, { name: '区民政局' });
    office = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const operator = await buildUser(t, {
      roles: ['unit_operator'],
      unitId: unit.id,
      displayName: '联络员乙',
    });
    unitUser = await loginAs(t, operator);
    const other = await buildTenant(t, '邻区');
    const decisionId = uuidv7();
    const otherDecision = uuidv7();
    for (const k of ['canteen', 'housing', 'late', 'draft', 'unmarked', 'foreign']) ids[k] = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values([
        {
          id: decisionId,
          tenantId: t.tenantId,
          title: '民生决策',
          kind: 'plenary',
          date: '2024-01-05',
          source: 'district_direct',
        },
        {
          id: otherDecision,
          tenantId: other,
          title: '邻区决策',
          kind: 'plenary',
          date: '2024-01-05',
          source: 'district_direct',
        },
      ]);
      const task = (key: string, title: string, values: Partial<typeof tasks.$inferInsert>) => ({
        id: ids[key] as string,
        tenantId: t.tenantId,
        decisionId,
        code: `2024-MS-${key}`,
        title,
        source: 'district_direct' as const,
        leadUnitId: unit.id,
        startDate: '2024-01-01',
        dueDate: '2024-12-31',
        status: 'in_progress' as const,
        publishedAt: new Date('2024-01-10T02:00:00Z'),
        updatedAt: new Date('2024-07-01T02:00:00Z'),
        ...values,
      });
      await tx.insert(tasks).values([
        task('canteen', '新建社区食堂5处', { progress: 60 }),
        task('housing', '改造老旧小区10个', {
          progress: 100,
          status: 'completed',
          completedAt: new Date('2024-06-20T02:00:00Z'),
        }),
        task('late', '新增公办幼儿园学位', { progress: 10, dueDate: '2024-06-30' }),
        task('draft', '草稿民生任务', { code: null, status: 'draft', publishedAt: null }),
        task('unmarked', '未标记任务', { progress: 30 }),
        {
          ...task('foreign', '邻区民生任务', {}),
          tenantId: other,
          decisionId: otherDecision,
          leadUnitId: null,
          isLivelihood: true,
        },
      ]);
      await tx.insert(reports).values({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: ids.canteen as string,
        unitId: unit.id,
        period: '2024-06',
        progress: 60,
        narrative: '内部叙述戊',
        publicSummary: '已建成3处',
        status: 'approved',
        submittedBy: operator.id,
        submittedAt: new Date('2024-07-03T02:00:00Z'),
        reviewedAt: new Date('2024-07-05T02:00:00Z'),
      });
    });
  });
  afterAll(async () => t.close());

  it('shows nothing by default, and refuses a unit user (403), an unknown or foreign task (404)', async () => {
    const body = (await get('/public/api/default/livelihood')).json();
    expect(body.summary).toEqual({ total: 0, done: 0, onTrack: 0, behind: 0 });
    expect(body.tasks).toEqual([]);
    expect((await mark(ids.canteen as string, true, unitUser)).statusCode).toBe(403);
    expect((await mark(uuidv7(), true)).statusCode).toBe(404);
    expect((await mark(ids.foreign as string, true)).statusCode).toBe(404);
  });

  it('lists marked tasks at work or done, with public fields only and the counts on top', async () => {
    // The first answer is cached; the marks below must empty that cache.
    expect((await get('/public/api/default/livelihood')).json().tasks).toEqual([]);
    for (const k of ['canteen', 'housing', 'late', 'draft']) {
      const res = await mark(ids[k] as string, true);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ taskId: ids[k], isLivelihood: true });
    }
    const res = await get('/public/api/default/livelihood');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json();
    expect(body.summary).toEqual({ total: 3, done: 1, onTrack: 1, behind: 1 });
    expect(body.tasks).toEqual([
      {
        key: '2024-MS-late',
        title: '新增公办幼儿园学位',
        leadUnit: '区民政局',
        dueDate: '2024-06-30',
        progress: 10,
        standing: 'behind',
        light: 'red',
        publicSummary: null,
        summaryPeriod: null,
        updatedOn: '2024-07-01',
      },
      {
        key: '2024-MS-canteen',
        title: '新建社区食堂5处',
        leadUnit: '区民政局',
        dueDate: '2024-12-31',
        progress: 60,
        standing: 'on_track',
        light: 'green',
        publicSummary: '已建成3处',
        summaryPeriod: '2024-06',
        updatedOn: '2024-07-05',
      },
      expect.objectContaining({ key: '2024-MS-housing', standing: 'done', progress: 100 }),
    ]);
    expect(res.body).not.toMatch(uuid);
    for (const secret of ['未标记任务', '草稿民生任务', '邻区民生任务', '内部叙述戊', '联络员乙'])
      expect(res.body).not.toContain(secret);
  });

  it('renders the page with the counts, a nav entry marked current and the public summary', async () => {
    const res = await get('/public/default/livelihood');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('共 3 项：已完成 1 项，正常推进 1 项，进展滞后 1 项');
    expect(res.body).toContain('<a href="/public/default/livelihood" aria-current="page">民生实事</a>');
    expect(res.body).toContain('已建成3处');
    expect(res.body).not.toMatch(uuid);
    expect((await get('/public/nowhere/livelihood')).statusCode).toBe(404);
  });

  it('audits a change once, not a repeat; unmarking takes it off the public list; the drawer shows the mark', async () => {
    expect((await mark(ids.late as string, true)).statusCode).toBe(200);
    expect((await mark(ids.late as string, false)).statusCode).toBe(200);
    const events = await withSystemTx(t.db, (tx) =>
      tx
        .select({ diff: auditEvents.diff })
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, 'task.livelihood_set'), eq(auditEvents.entityId, ids.late as string)),
        ),
    );
    expect(events.map((e) => e.diff)).toEqual([
      { before: { isLivelihood: false }, after: { isLivelihood: true } },
      { before: { isLivelihood: true }, after: { isLivelihood: false } },
    ]);
    const body = (await get('/public/api/default/livelihood')).json();
    expect(body.summary).toEqual({ total: 2, done: 1, onTrack: 1, behind: 0 });
    const [task] = await withSystemTx(t.db, (tx) =>
      tx
        .select({ decisionId: tasks.decisionId })
        .from(tasks)
        .where(eq(tasks.id, ids.canteen as string)),
    );
    const disclosure = (await get(`/api/v1/decisions/${task?.decisionId}/disclosure`, office)).json();
    expect(disclosure.livelihoodPath).toBe('/public/default/livelihood');
    expect(disclosure.abilities).toEqual({ update: true, markLivelihood: true });
    expect(
      Object.fromEntries(
        disclosure.tasks.map((x: { code: string; isLivelihood: boolean }) => [x.code, x.isLivelihood]),
      ),
    ).toMatchObject({ '2024-MS-canteen': true, '2024-MS-late': false, '2024-MS-unmarked': false });
  });
});
