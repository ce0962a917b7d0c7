import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDecisionWithTask,
  buildTenant,
  buildUnit,
  buildUser,
  loginAs,
} from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { reports, tasks } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each(dbKinds())('public disclosure of tasks on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let unitUser: string;
  let decisionId: string;
  let shownTask: string;
  let otherTask: string;
  let draftTask: string;
  let strangerTask: string;
  let foreignDecision: string;
  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) });
  const put = (id: string, payload: object, cookie = office) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/decisions/${id}/disclosure`, headers: { cookie }, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set(new Date('2024-07-15T02:00:00Z'));
    const unit = await buildUnit(t, { name: '区发改局' });
    office = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const operator = await buildUser(t, { roles: ['unit_operator'], unitId: unit.id });
    unitUser = await loginAs(t, operator);
    const first = await buildDecisionWithTask(t, { leadUnitId: unit.id, status: 'in_progress' });
    decisionId = first.decisionId;
    shownTask = first.taskId;
    otherTask = uuidv7();
    draftTask = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      await tx.update(tasks).set({ title: '建成城市书房10处', progress: 40 }).where(eq(tasks.id, shownTask));
      await tx.insert(tasks).values([
        {
          id: otherTask,
          tenantId: t.tenantId,
          decisionId,
          code: '2024-QW-900',
          title: '内部任务甲',
          source: 'district_direct',
          startDate: '2024-01-05',
          dueDate: '2024-12-31',
          status: 'published',
        },
        {
          id: draftTask,
          tenantId: t.tenantId,
          decisionId,
          code: null,
          title: '草稿任务乙',
          source: 'district_direct',
          status: 'draft',
        },
      ]);
      const report = (period: string, publicSummary: string | null, status: 'approved' | 'submitted') => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: shownTask,
        unitId: unit.id,
        period,
        progress: 40,
        narrative: `内部进展叙述${period}`,
        publicSummary,
        status,
        submittedBy: operator.id,
        submittedAt: new Date('2024-06-25T02:00:00Z'),
        reviewedAt: status === 'approved' ? new Date('2024-07-02T02:00:00Z') : null,
      });
      await tx
        .insert(reports)
        .values([
          report('2024-05', '已建成4处', 'approved'),
          report('2024-06', '已建成6处，4处在装修', 'approved'),
          report('2024-07', '未审核的摘要', 'submitted'),
        ]);
    });
    strangerTask = (await buildDecisionWithTask(t)).taskId;
    foreignDecision = (await buildDecisionWithTask(t, { tenantId: await buildTenant(t, '邻区') })).decisionId;
  });
  afterAll(async () => t.close());

  it('shows nothing by default', async () => {
    const res = await get('/public/api/default/tasks');
    expect(res.statusCode).toBe(200);
    expect(res.json().tasks).toEqual([]);
    const disclosure = (await get(`/api/v1/decisions/${decisionId}/disclosure`, office)).json();
    expect(disclosure).toMatchObject({ scope: 'none', version: 0, publicPath: '/public/default/tasks' });
    expect(disclosure.tasks.find((x: { id: string }) => x.id === draftTask).canBePublic).toBe(false);
  });

  it('refuses a task of another decision (422 naming it), a unit user (403), another district (404), a stale version (409)', async () => {
    const bad = await put(decisionId, { scope: 'chosen', taskIds: [shownTask, strangerTask], version: 0 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields).toEqual([{ path: 'taskIds.1', message: expect.any(String) }]);
    expect((await put(decisionId, { scope: 'all', version: 0 }, unitUser)).statusCode).toBe(403);
    expect((await get(`/api/v1/decisions/${decisionId}/disclosure`, unitUser)).statusCode).toBe(403);
    expect((await put(foreignDecision, { scope: 'all', version: 0 })).statusCode).toBe(404);
    expect((await put(decisionId, { scope: 'all', version: 3 })).statusCode).toBe(409);
    expect((await get('/public/api/default/tasks')).json().tasks).toEqual([]);
  });

  it('shows a chosen task with only its public fields and the latest approved public summary', async () => {
    const saved = await put(decisionId, { scope: 'chosen', taskIds: [shownTask, draftTask], version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ scope: 'chosen', version: 1 });
    const body = (await get('/public/api/default/tasks')).json();
    expect(body.tasks).toHaveLength(1);
    const [task] = body.tasks;
    expect(Object.keys(task).sort()).toEqual(
      [
        'key',
        'decision',
        'title',
        'leadUnit',
        'dueDate',
        'progress',
        'light',
        'publicSummary',
        'summaryPeriod',
        'updatedOn',
      ].sort(),
    );
    expect(task).toMatchObject({
      title: '建成城市书房10处',
      leadUnit: '区发改局',
      dueDate: '2024-12-31',
      progress: 40,
      publicSummary: '已建成6处，4处在装修',
      summaryPeriod: '2024-06',
    });
    expect(['red', 'yellow', 'green']).toContain(task.light);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(uuid);
    for (const secret of ['内部进展叙述', '未审核的摘要', '内部任务甲', '草稿任务乙'])
      expect(text).not.toContain(secret);

    const audit = await get(
      '/api/v1/audit?limit=5',
      await loginAs(t, await buildUser(t, { roles: ['auditor'] })),
    );
    expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('decision.disclosure_set');
  });

  it('shows every published task with "all", none with "none", at once after the write', async () => {
    expect((await put(decisionId, { scope: 'all', version: 1 })).statusCode).toBe(200);
    const all = (await get('/public/api/default/tasks')).json().tasks.map((x: { title: string }) => x.title);
    expect(all.sort()).toEqual(['内部任务甲', '建成城市书房10处'].sort());
    expect((await put(decisionId, { scope: 'none', version: 2 })).statusCode).toBe(200);
    expect((await get('/public/api/default/tasks')).json().tasks).toEqual([]);
    expect((await put(decisionId, { scope: 'chosen', taskIds: [shownTask], version: 3 })).statusCode).toBe(
      200,
    );
  });

  it('renders the page: zh-CN, one h1, the nav with the current page, the light in words, no script', async () => {
    const page = await get('/public/default/tasks');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="zh-CN">');
    expect(page.body.match(/<h1>/g)).toHaveLength(1);
    expect(page.body).toContain('<a href="/public/default/tasks" aria-current="page">重点任务公开</a>');
    expect(page.body).toContain('href="/public/default/projects"');
    expect(page.body).toMatch(/[红黄绿]灯/);
    expect(page.body).toContain('已建成6处，4处在装修');
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toMatch(uuid);
    const projects = await get('/public/default/projects');
    expect(projects.body).toContain('<a href="/public/default/projects" aria-current="page">');
    expect((await get('/public/nowhere/tasks')).statusCode).toBe(404);
    expect((await get('/public/api/nowhere/tasks')).statusCode).toBe(404);
  });
});
