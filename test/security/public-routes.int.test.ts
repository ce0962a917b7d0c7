/**
 * Every route under /public — listed from the app's own route table, so a new one is checked too — answers
 * only allow-listed fields: no internal id, no account or cadre name, no contact, no internal report text,
 * nothing the office did not mark public, nothing of another district. A route without an allow-list here
 * fails the first test. Each route is also fuzzed with odd slugs, receipts and bodies: never a 5xx.
 */
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublicRoutes } from '../../src/server/app';
import { reports, tasks } from '../../src/server/db/schema';
import { withSystemTx } from '../../src/server/db/tx';
import { buildDecisionWithTask, buildTenant, buildUnit, buildUser, loginAs } from '../helpers/factories';
import { seedProject } from '../helpers/projects';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';
import { allowLists, extraKeys } from './public-allow-lists';

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each(dbKinds())('every public route leaks nothing on %s', (kind) => {
  let t: TestApp;
  let receipt: string;
  let secrets: string[];
  /** Unused survey codes: each public survey route that must succeed takes a fresh one. */
  let surveyCodes: string[];

  beforeAll(async () => {
    t = await createTestApp(kind, {
      config: { publicRateLimitPerMinute: 10_000, feedbackRateLimitPerHour: 10_000 },
    });
    const unit = await buildUnit(t, { name: '区住建局' });
    const officeUser = await buildUser(t, { roles: ['supervisor'], displayName: '督查员甲' });
    const office = await loginAs(t, officeUser);
    const operator = await buildUser(t, {
      roles: ['unit_operator'],
      unitId: unit.id,
      displayName: '联络员乙',
    });
    const shown = await buildDecisionWithTask(t, { leadUnitId: unit.id });
    const hidden = await buildDecisionWithTask(t, { leadUnitId: unit.id });
    await withSystemTx(t.db, async (tx) => {
      await tx
        .update(tasks)
        .set({ title: '未公开任务丙', responsiblePerson: '责任人丁' })
        .where(eq(tasks.id, hidden.taskId));
      // The shown task is also 民生实事; both count in the bulletins' figures (published in January).
      await tx
        .update(tasks)
        .set({
          responsiblePerson: '责任人丁',
          isLivelihood: true,
          publishedAt: new Date('2024-01-10T02:00:00Z'),
        })
        .where(eq(tasks.id, shown.taskId));
      await tx
        .update(tasks)
        .set({ publishedAt: new Date('2024-01-10T02:00:00Z') })
        .where(eq(tasks.id, hidden.taskId));
      await tx.insert(reports).values({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: shown.taskId,
        unitId: unit.id,
        period: '2024-06',
        progress: 30,
        narrative: '内部叙述戊',
        problems: '内部问题己',
        publicSummary: '完成三成',
        status: 'approved',
        submittedBy: operator.id,
        submittedAt: new Date('2024-06-25T02:00:00Z'),
      });
    });
    const put = (url: string, payload: object) =>
      t.app.inject({ method: 'PUT', url, headers: { cookie: office }, payload });
    await put(`/api/v1/decisions/${shown.decisionId}/disclosure`, { scope: 'all', version: 0 });
    const project = await seedProject(t, { name: '公开项目庚', contactName: '联系人辛' });
    await put('/api/v1/projects/board/settings', {
      publicFields: ['name', 'progressPct'],
      projectIds: [project.id],
    });
    // Bulletins: February published and public, January published only, December a draft.
    const bulletin = async (cookie: string, period: string, publicForeword?: string) => {
      const headers = { cookie };
      const id = (
        await t.app.inject({ method: 'POST', url: '/api/v1/bulletins', headers, payload: { period } })
      ).json().id as string;
      if (publicForeword === undefined && period === '2023-12') return;
      await t.app.inject({ method: 'POST', url: `/api/v1/bulletins/${id}/publish`, headers });
      if (publicForeword !== undefined)
        expect(
          (
            await t.app.inject({
              method: 'PUT',
              url: `/api/v1/bulletins/${id}/public`,
              headers,
              payload: { isPublic: true, foreword: publicForeword },
            })
          ).statusCode,
        ).toBe(200);
    };
    await bulletin(office, '2024-02', '本期公开前言');
    await bulletin(office, '2024-01');
    await bulletin(office, '2023-12');
    // Another district with everything public.
    const other = await buildTenant(t, '邻区壬');
    const otherTask = await buildDecisionWithTask(t, { tenantId: other });
    await withSystemTx(t.db, (tx) =>
      tx
        .update(tasks)
        .set({ isLivelihood: true, title: '邻区民生任务卯' })
        .where(eq(tasks.id, otherTask.taskId)),
    );
    await seedProject(t, { tenantId: other, name: '邻区项目癸', isPublic: true });
    await bulletin(
      await loginAs(t, await buildUser(t, { roles: ['supervisor'], tenantId: other })),
      '2024-02',
      '邻区前言辰',
    );

    const send = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/public/api/default/feedback', payload });
    const published = await send({
      subject: 'general',
      message: '原始留言含电话13700001111',
      contact: '13700001111',
    });
    receipt = published.json().receipt;
    await send({ subject: 'general', message: '未处理的留言子丑', contact: 'zichou@example.com' });
    const [first] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/feedback?status=pending',
        headers: { cookie: office },
      })
    )
      .json()
      .items.filter((m: { message: string }) => m.message.includes('13700001111'));
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/feedback/${first.id}/answer`,
      headers: { cookie: office },
      payload: {
        version: first.version,
        answer: '已答复寅',
        publish: true,
        publicMessage: '留言（已去除个人信息）',
      },
    });
    // A survey with codes, an answer recorded by phone (its comment is internal), and a draft survey.
    const surveyBody = {
      title: '公开测评午',
      subjectKind: 'unit',
      subjectIds: [unit.id],
      audiences: ['residents'],
      questions: [{ id: 'q1', text: '是否满意', scale: 'three_level' }],
      opensOn: '2024-01-01',
      closesOn: '2030-12-31',
    };
    const post = (url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, headers: { cookie: office }, payload });
    const survey = (await post('/api/v1/surveys', surveyBody)).json();
    await post('/api/v1/surveys', { ...surveyBody, title: '草稿测评辰' });
    await post(`/api/v1/surveys/${survey.id}/status`, { version: 1, to: 'open' });
    const made = (
      await post(`/api/v1/surveys/${survey.id}/codes`, { count: 8, audience: 'residents' })
    ).json().items as Array<{ id: string; code: string }>;
    await post(`/api/v1/surveys/${survey.id}/answers`, {
      codeId: made[0]?.id,
      values: { q1: 'satisfied' },
      comment: '回访意见卯',
    });
    surveyCodes = made.slice(1).map((c) => c.code);
    secrets = [
      '回访意见卯',
      '草稿测评辰',
      '13700001111',
      'zichou@example.com',
      '未处理的留言子丑',
      '未公开任务丙',
      '责任人丁',
      '内部叙述戊',
      '内部问题己',
      '联系人辛',
      '13800000000',
      '邻区壬',
      '邻区项目癸',
      '邻区民生任务卯',
      '邻区前言辰',
      '督查员甲',
      '联络员乙',
      officeUser.username,
      operator.username,
    ];
  });
  afterAll(async () => t.close());

  const call = (method: string, url: string, slug: string, receiptValue: string, code = receiptValue) => {
    const path = url
      .replace(':slug', slug)
      .replace(':receipt', receiptValue)
      .replace(':code', code)
      .replace(':period', code);
    if (method === 'GET') return t.app.inject({ method: 'GET', url: path });
    if (url.includes('/surveys')) {
      if (url.startsWith('/public/api/'))
        return t.app.inject({ method: 'POST', url: path, payload: { values: { q1: 'satisfied' } } });
      return t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: url.endsWith(':code') ? 'q1=satisfied' : `code=${code}`,
      });
    }
    if (url.startsWith('/public/api/'))
      return t.app.inject({
        method: 'POST',
        url: path,
        payload: { subject: 'general', message: '公开路由检查留言' },
      });
    const form = url.endsWith('/lookup')
      ? `receipt=${receiptValue}`
      : 'about=general&message=%E5%85%AC%E5%BC%80%E8%B7%AF%E7%94%B1%E6%A3%80%E6%9F%A5';
    return t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form,
    });
  };

  it('has an allow-list for every public route, and every public route needs no login', () => {
    const routes = listPublicRoutes(t.app);
    expect(routes.map((r) => `${r.method} ${r.url}`).filter((r) => !(r in allowLists))).toEqual([]);
    expect(Object.keys(allowLists).filter((k) => !routes.some((r) => `${r.method} ${r.url}` === k))).toEqual(
      [],
    );
    for (const r of routes) expect(r.access, r.url).toBe('public');
  });

  it('answers each public route with allow-listed fields only, and no secret, id or cookie', async () => {
    for (const { method, url } of listPublicRoutes(t.app)) {
      const res = await call(
        method,
        url,
        'default',
        receipt,
        url.includes('/surveys') ? surveyCodes.pop() : url.includes(':period') ? '2024-02' : undefined,
      );
      const label = `${method} ${url}: ${res.statusCode}`;
      // The code form answers with a redirect to the code's page (303 See Other).
      if (`${method} ${url}` === 'POST /public/:slug/surveys') expect(res.statusCode, label).toBe(303);
      else expect(res.statusCode, label).toBeLessThan(300);
      expect(res.headers['set-cookie'], label).toBeUndefined();
      expect(res.body, label).not.toMatch(uuid);
      for (const secret of secrets) expect(res.body, `${label} leaks ${secret}`).not.toContain(secret);
      const shape = allowLists[`${method} ${url}`];
      if (shape === 'html' || !shape) {
        expect(res.headers['content-type'], label).toContain('text/html');
        continue;
      }
      expect(extraKeys(res.json(), shape), label).toEqual([]);
    }
    // The public data is really there (the test would pass on empty answers otherwise).
    const tasksBody = (await t.app.inject({ method: 'GET', url: '/public/api/default/tasks' })).json();
    expect(tasksBody.tasks.map((x: { publicSummary: string }) => x.publicSummary)).toEqual(['完成三成']);
    const livelihood = (await t.app.inject({ method: 'GET', url: '/public/api/default/livelihood' })).json();
    expect(livelihood.tasks.map((x: { publicSummary: string }) => x.publicSummary)).toEqual(['完成三成']);
    // Only the public version of a published bulletin: not the published-only January, not the December draft.
    const list = (await t.app.inject({ method: 'GET', url: '/public/api/default/bulletins' })).json();
    expect(list.bulletins.map((b: { period: string }) => b.period)).toEqual(['2024-02']);
    const february = (
      await t.app.inject({ method: 'GET', url: '/public/api/default/bulletins/2024-02' })
    ).json();
    expect(february.bulletin).toMatchObject({ foreword: '本期公开前言', overall: { total: 2 } });
    expect(february.bulletin.tasks).toHaveLength(1);
    for (const period of ['2024-01', '2023-12'])
      expect(
        (await t.app.inject({ method: 'GET', url: `/public/api/default/bulletins/${period}` })).statusCode,
      ).toBe(404);
    const answers = (await t.app.inject({ method: 'GET', url: '/public/api/default/feedback' })).json();
    expect(answers.items[0].answer).toBe('已答复寅');
  });

  it('never answers a 5xx to odd slugs, receipts and bodies', async () => {
    const slugs = ['nowhere', '..%2F..', '%00', 'a'.repeat(300), "default'--", '%E4%B8%AD'];
    const receipts = ['x', 'ABCD-EFGH-JKMN-PQRS', '%27%20OR%201%3D1', '0'.repeat(64), '%00'];
    for (const { method, url } of listPublicRoutes(t.app))
      for (const slug of slugs)
        for (const r of receipts) {
          const res = await call(method, url, slug, r);
          expect(res.statusCode, `${method} ${url} ${slug} ${r}`).toBeLessThan(500);
        }
    const bodies: unknown[] = [
      null,
      [],
      'x',
      { subject: 'task' },
      { subject: 'general', message: 1 },
      { subject: 'project', about: 'x'.repeat(100), message: '足够长的留言内容' },
    ];
    for (const payload of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/public/api/default/feedback',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      });
      expect(res.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, JSON.stringify(payload)).toBeLessThan(500);
    }
    const odd = await t.app.inject({
      method: 'POST',
      url: '/public/default/feedback',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'about=task%3A&message=&contact=' + 'x'.repeat(200),
    });
    expect(odd.statusCode).toBe(422);
  });
});
