/**
 * 督查通报（公开版） (issue 17): the office previews a published bulletin's public version and switches it on;
 * the public reads aggregate figures of its period, per decision, and the public and livelihood tasks — never
 * the internal bulletin's ranking, persons or texts; drafts, non-public and superseded versions never show,
 * nor another district's.
 */
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { auditEvents, bulletins, decisions, reports, tasks } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each(dbKinds())('public bulletins on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let officeUser: Awaited<ReturnType<typeof buildUser>>;
  let unitUser: string;
  let otherOffice: string;
  let otherCode: string;
  let first: string;
  const ids: Record<string, string> = {};
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
    });
  const setPublic = (id: string, payload: object, cookie = office) =>
    call('PUT', `/api/v1/bulletins/${id}/public`, cookie, payload);
  const generate = async (cookie = office) => {
    const created = await call('POST', '/api/v1/bulletins', cookie, { period: '2024-06' });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set(new Date('2024-07-15T02:00:00Z'));
    const unit = await buildUnit(t, { name: '区住建局' });
    officeUser = await buildUser(t, { roles: ['supervisor'], displayName: '督查员甲' });
    office = await loginAs(t, officeUser);
    const operator = await buildUser(t, {
      roles: ['unit_operator'],
      unitId: unit.id,
      displayName: '联络员乙',
    });
    unitUser = await loginAs(t, operator);
    const other = await buildTenant(t, '邻区壬');
    otherOffice = await loginAs(t, await buildUser(t, { roles: ['supervisor'], tenantId: other }));
    const livelihoodDecision = uuidv7();
    const renewal = uuidv7();
    for (const k of ['done', 'late', 'life', 'after', 'cancelled']) ids[k] = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      otherCode =
        (await tx.query.tenants.findFirst({ where: (x, { eq: is }) => is(x.id, other) }))?.code ?? '';
      const decision = (id: string, title: string) => ({
        id,
        tenantId: t.tenantId,
        title,
        kind: 'plenary' as const,
        date: '2024-01-05',
        source: 'district_direct' as const,
      });
      await tx
        .insert(decisions)
        .values([decision(livelihoodDecision, '关于改善民生的决定'), decision(renewal, '城市更新行动')]);
      const task = (
        key: string,
        decisionId: string,
        title: string,
        values: Partial<typeof tasks.$inferInsert>,
      ) => ({
        id: ids[key] as string,
        tenantId: t.tenantId,
        decisionId,
        code: `2024-GK-${key}`,
        title,
        source: 'district_direct' as const,
        leadUnitId: unit.id,
        responsiblePerson: '责任人丁',
        startDate: '2024-01-01',
        dueDate: '2024-12-31',
        status: 'in_progress' as const,
        progress: 50,
        publishedAt: new Date('2024-01-10T02:00:00Z'),
        acceptedAt: new Date('2024-01-12T02:00:00Z'),
        ...values,
      });
      await tx.insert(tasks).values([
        task('done', livelihoodDecision, '建成城市书房10处', {
          status: 'completed',
          progress: 100,
          completedAt: new Date('2024-06-20T02:00:00Z'),
        }),
        task('late', livelihoodDecision, '未公开的滞后任务', { dueDate: '2024-05-31', progress: 20 }),
        task('life', renewal, '改造老旧小区10个', { isLivelihood: true }),
        task('after', renewal, '七月下发的任务', { publishedAt: new Date('2024-07-02T02:00:00Z') }),
        task('cancelled', renewal, '已撤销的任务', { status: 'cancelled' }),
      ]);
      const report = (period: string, progress: number) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: ids.life as string,
        unitId: unit.id,
        period,
        progress,
        narrative: `内部叙述戊${period}`,
        publicSummary: `公开摘要${period}`,
        status: 'approved' as const,
        submittedBy: operator.id,
        submittedAt: new Date('2024-07-03T02:00:00Z'),
        reviewedAt: new Date('2024-07-05T02:00:00Z'),
      });
      await tx.insert(reports).values([report('2024-06', 45), report('2024-07', 55)]);
    });
    // Only the done task of the first decision is public; the livelihood task shows as 民生实事.
    const put = await call('PUT', `/api/v1/decisions/${livelihoodDecision}/disclosure`, office, {
      scope: 'chosen',
      taskIds: [ids.done],
      version: 0,
    });
    expect(put.statusCode, put.body).toBe(200);
  });
  afterAll(async () => t.close());

  it('refuses a draft (409) and a unit user (403); a draft never shows', async () => {
    first = await generate();
    expect((await setPublic(first, { isPublic: true })).statusCode).toBe(409);
    expect((await call('GET', `/api/v1/bulletins/${first}/public`, unitUser)).statusCode).toBe(403);
    expect((await setPublic(first, { isPublic: true }, unitUser)).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/bulletins/${first}/public`, otherOffice)).statusCode).toBe(404);
    const list = (await call('GET', '/public/api/default/bulletins')).json();
    expect(list.bulletins).toEqual([]);
  });

  it('previews the public version with exact figures of the period, the same totals as the bulletin', async () => {
    expect((await call('POST', `/api/v1/bulletins/${first}/publish`, office)).statusCode).toBe(200);
    const res = await call('GET', `/api/v1/bulletins/${first}/public`, office);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({
      isPublic: false,
      canBePublic: true,
      superseded: false,
      foreword: null,
      publicPath: '/public/default/bulletins/2024-06',
      abilities: { update: true },
    });
    expect(view.preview).toEqual({
      period: '2024-06',
      title: '2024年6月决策部署落实情况通报（公开版）',
      issue: '2024年第1期',
      publishedOn: '2024-07-15',
      figuresAsOf: '2024-06-30',
      overall: { total: 3, done: 1, onTrack: 1, behind: 1, completionRate: 33.3 },
      decisions: [
        { title: '关于改善民生的决定', total: 2, done: 1, onTrack: 0, behind: 1 },
        { title: '城市更新行动', total: 1, done: 0, onTrack: 1, behind: 0 },
      ],
      tasks: [
        expect.objectContaining({ key: '2024-GK-done', progress: 100, standing: 'done', livelihood: false }),
        expect.objectContaining({
          key: '2024-GK-life',
          title: '改造老旧小区10个',
          decision: '城市更新行动',
          leadUnit: '区住建局',
          progress: 45,
          standing: 'on_track',
          livelihood: true,
        }),
      ],
      foreword: null,
      updatedOn: '2024-07-15',
    });
    // The internal bulletin of the same period counts the same.
    const [row] = await withSystemTx(t.db, (tx) =>
      tx.select({ data: bulletins.data }).from(bulletins).where(eq(bulletins.id, first)),
    );
    expect((row?.data as { overall: object }).overall).toMatchObject({ published: 3, completed: 1, red: 1 });
  });

  it('switches on with a foreword (audited); the public list and page show only the public version', async () => {
    const on = await setPublic(first, { isPublic: true, foreword: '  本期通报公开版，欢迎监督。 ' });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toMatchObject({ isPublic: true, foreword: '本期通报公开版，欢迎监督。' });
    const [event] = await withSystemTx(t.db, (tx) =>
      tx
        .select({ diff: auditEvents.diff })
        .from(auditEvents)
        .where(eq(auditEvents.action, 'bulletin.public_set')),
    );
    expect(event?.diff).toMatchObject({
      before: { isPublic: false, foreword: null },
      after: { isPublic: true, foreword: '本期通报公开版，欢迎监督。', period: '2024-06' },
    });
    const list = await call('GET', '/public/api/default/bulletins');
    expect(list.json().bulletins).toEqual([
      {
        period: '2024-06',
        title: '2024年6月决策部署落实情况通报（公开版）',
        issue: '2024年第1期',
        publishedOn: '2024-07-15',
        updatedOn: '2024-07-15',
      },
    ]);
    const page = await call('GET', '/public/api/default/bulletins/2024-06');
    expect(page.statusCode).toBe(200);
    expect(page.json().bulletin.foreword).toBe('本期通报公开版，欢迎监督。');
    expect(page.json().bulletin.overall.total).toBe(3);
    const html = await call('GET', '/public/default/bulletins/2024-06');
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('本期通报公开版，欢迎监督。');
    expect(html.body).toContain('<a href="/public/default/bulletins" aria-current="page">督查通报</a>');
    expect((await call('GET', '/public/default/bulletins')).body).toContain(
      '/public/default/bulletins/2024-06',
    );
    for (const res of [list, page, html]) {
      expect(res.body).not.toMatch(uuid);
      // No ranking, person, internal text, non-public task or another district.
      for (const secret of [
        '未公开的滞后任务',
        '责任人丁',
        '联络员乙',
        '督查员甲',
        '内部叙述戊',
        '完成率排名',
        '邻区壬',
      ])
        expect(res.body).not.toContain(secret);
    }
    expect((await call('GET', '/public/api/default/bulletins/2024-05')).statusCode).toBe(404);
    expect((await call('GET', `/public/default/bulletins/${first}`)).statusCode).toBe(404);
    expect((await call('GET', `/public/api/${otherCode}/bulletins`)).json().bulletins).toEqual([]);
  });

  it('a published correction hides the earlier public version until it is switched on itself; off hides it', async () => {
    const second = await generate();
    expect((await call('GET', '/public/api/default/bulletins')).json().bulletins).toHaveLength(1);
    expect((await call('POST', `/api/v1/bulletins/${second}/publish`, office)).statusCode).toBe(200);
    expect((await call('GET', '/public/api/default/bulletins')).json().bulletins).toEqual([]);
    expect((await call('GET', `/api/v1/bulletins/${first}/public`, office)).json().superseded).toBe(true);
    t.clock.set(new Date('2024-07-16T02:00:00Z'));
    office = await loginAs(t, officeUser);
    expect((await setPublic(second, { isPublic: true })).statusCode).toBe(200);
    const shown = (await call('GET', '/public/api/default/bulletins/2024-06')).json().bulletin;
    expect(shown).toMatchObject({ foreword: null, updatedOn: '2024-07-16' });
    expect((await setPublic(second, { isPublic: false })).json().isPublic).toBe(false);
    // The month under way: figures as of today, never of a day still to come.
    const july = (await call('POST', '/api/v1/bulletins', office, { period: '2024-07' })).json().id as string;
    expect((await call('POST', `/api/v1/bulletins/${july}/publish`, office)).statusCode).toBe(200);
    const preview = (await call('GET', `/api/v1/bulletins/${july}/public`, office)).json().preview;
    expect(preview).toMatchObject({ period: '2024-07', figuresAsOf: '2024-07-16' });
    expect(preview.tasks.find((x: { key: string }) => x.key === '2024-GK-life')?.progress).toBe(55);
    expect((await call('GET', '/public/api/default/bulletins')).json().bulletins).toEqual([]);
    expect((await call('GET', '/public/default/bulletins/2024-06')).statusCode).toBe(404);
  });
});
