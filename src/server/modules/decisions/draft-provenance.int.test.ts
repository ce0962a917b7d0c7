import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

// Issue 19: a draft stores and returns where its due date came from and whether its heading is a guess.
const speech = `同志们：
一、明年的主要任务
（一）抓好项目建设。要在2027年6月底前建成学校3所。要加快推进道路建设。
（二）抓好民生保障。要健全养老服务体系。二、保障措施要加强组织领导，健全考核机制。要强化督查问责。`;

interface Draft {
  id: string;
  title: string;
  version: number;
  dueDate: string;
  dueDateSource: string | null;
  headingUncertain: boolean;
}

describe.each(dbKinds())('draft provenance on %s', (kind) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    cookie = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
  });
  afterAll(async () => t.close());

  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('stores each draft’s due-date source and uncertain heading, returns them, and drops them once the office edits', async () => {
    const decision = (
      await api('POST', '/api/v1/decisions', {
        title: '2027年区委全会',
        kind: 'plenary',
        date: '2026-12-01',
        source: 'district_direct',
        text: speech,
        confirmDuplicate: true,
      })
    ).json();
    const extracted = await api('POST', `/api/v1/decisions/${decision.id}/extract`);
    expect(extracted.statusCode).toBe(200);
    const drafts = extracted.json().tasks as Draft[];
    const byTitle = (title: string) => drafts.find((d) => d.title === title);
    expect(byTitle('要在2027年6月底前建成学校3所')).toMatchObject({
      dueDate: '2027-06-30',
      dueDateSource: 'stated',
      headingUncertain: false,
    });
    expect(byTitle('要健全养老服务体系')).toMatchObject({
      dueDateSource: 'section',
      headingUncertain: false,
    });
    // 二、 in the middle of a line: the heading is a guess, and nothing dates these tasks but the plan year.
    expect(byTitle('要强化督查问责')).toMatchObject({
      dueDate: '2027-12-31',
      dueDateSource: 'plan-year',
      headingUncertain: true,
    });

    // Stored, not recomputed: a fresh read returns the same.
    const uncertain = byTitle('要强化督查问责');
    if (!uncertain) throw new Error('draft missing');
    const read = (await api('GET', `/api/v1/tasks/${uncertain.id}`)).json();
    expect(read).toMatchObject({ dueDateSource: 'plan-year', headingUncertain: true });

    // The office sets the date and the section: neither is the extractor's guess any more.
    const edited = await api('PATCH', `/api/v1/tasks/${uncertain.id}`, {
      version: uncertain.version,
      dueDate: '2027-03-31',
      sectionPath: ['二、保障措施'],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      dueDate: '2027-03-31',
      dueDateSource: null,
      headingUncertain: false,
    });
  });

  it('turns a skipped review section into a draft on request, once; other sections and unknown ids are refused', async () => {
    const text = `同志们：
一、过去一年工作回顾
过去一年，全区生产总值增长6%，完成了12个老旧小区改造。
二、今年的目标任务
要新建学校3所。`;
    const decision = (
      await api('POST', '/api/v1/decisions', {
        title: '2024年区委全会',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
        text,
        confirmDuplicate: true,
      })
    ).json();
    await api('POST', `/api/v1/decisions/${decision.id}/extract`);
    const outline = (await api('GET', `/api/v1/decisions/${decision.id}`)).json().outline as Array<{
      id: string;
      kind: string;
      sourceOffset?: number;
    }>;
    const review = outline.find((s) => s.kind === 'review');
    const plan = outline.find((s) => s.kind === 'plan');
    if (!review || !plan) throw new Error('outline lacks a review or a plan section');
    expect(review.sourceOffset).toBe(text.indexOf('过去一年，'));

    const made = await api('POST', `/api/v1/decisions/${decision.id}/sections/${review.id}/draft`);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      status: 'draft',
      title: '过去一年工作回顾',
      content: '过去一年，全区生产总值增长6%，完成了12个老旧小区改造。',
      sectionPath: ['一、过去一年工作回顾'],
      dueDate: '2024-12-31',
      dueDateSource: 'plan-year',
    });

    const again = await api('POST', `/api/v1/decisions/${decision.id}/sections/${review.id}/draft`);
    expect(again.statusCode).toBe(422);
    expect(again.json().error.details.fields[0].path).toBe('sectionId');
    for (const sectionId of [plan.id, 's999']) {
      const refused = await api('POST', `/api/v1/decisions/${decision.id}/sections/${sectionId}/draft`);
      expect(refused.statusCode).toBe(422);
    }
    const list = (await api('GET', `/api/v1/tasks?decisionId=${decision.id}&pageSize=100`)).json()
      .items as unknown[];
    expect(list).toHaveLength(2);

    // A new extraction keeps the office's draft.
    const re = (await api('POST', `/api/v1/decisions/${decision.id}/extract`)).json();
    expect(re.tasks.map((x: { title: string }) => x.title)).toContain('过去一年工作回顾');
  });
});
