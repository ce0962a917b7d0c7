/**
 * What the demo district must show of the later areas (issue 14 and on), checked by test/demo.int.test.ts; kept
 * here so that the demo test stays within its size limit as areas are added.
 */
import { expect } from 'vitest';
import type { DemoAppeals } from '../../src/server/demo/play-demo-appeals';
import type { DemoPublic } from '../../src/server/demo/play-demo-public';

type Get = (url: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** 联审联批: one review with one department late (red), and a closed one. */
export async function expectDemoJointReviews(get: Get): Promise<void> {
  const list = await get('/api/v1/joint-reviews');
  expect(list.items.map((r: { status: string }) => r.status).sort()).toEqual(['closed', 'open']);
  const open = list.items.find((r: { status: string }) => r.status === 'open');
  const review = await get(`/api/v1/joint-reviews/${open.id}`);
  const late = review.items.filter((i: { overdue: boolean }) => i.overdue);
  expect(late.map((i: { unitName: string; delayDays: number }) => [i.unitName, i.delayDays])).toEqual([
    ['区住房和城乡建设局', 3],
  ]);
}

/** 周六例会: last Saturday's meeting, held, its decisions published tasks, its minutes downloadable. */
export async function expectDemoMeeting(get: Get, status: (url: string) => Promise<number>): Promise<void> {
  const list = await get('/api/v1/meetings');
  expect(list.items).toMatchObject([{ status: 'held', heldOn: '2026-03-14', decisionCount: 2 }]);
  const meeting = await get(`/api/v1/meetings/${list.items[0].id}`);
  expect(meeting.agenda[0]).toMatchObject({ kind: 'blocker', decided: true });
  expect(meeting.decisions.map((d: { taskStatus: string }) => d.taskStatus)).toEqual([
    'published',
    'published',
  ]);
  expect(await status(`/api/v1/meetings/${list.items[0].id}/minutes.docx`)).toBe(200);
}

/** 堵点: open blockers at every level of the ladder, and some resolved. */
export async function expectDemoBlockers(get: Get): Promise<void> {
  const list = (await get('/api/v1/blockers')) as { items: Array<{ level: string; status: string }> };
  const open = list.items.filter((b) => b.status === 'open').map((b) => b.level);
  expect(new Set(open)).toEqual(new Set(['unit', 'leader', 'meeting', 'committee']));
  expect(list.items.filter((b) => b.status === 'resolved').length).toBeGreaterThanOrEqual(2);
}

type CookieOf = (username: string) => Promise<string>;
type GetAs = (cookie: string, url: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * 一级抓一级 (issue 15), read as each user would: sections with their accounts, sub-tasks with progress and one
 * overdue, the co-units' shares consolidated (one late, one missing, one returned and redone), a target split
 * across three streets with their figures, acceptance in each outcome with evidence, and year-end ratings.
 */
export async function expectDemoResponsibility(cookieOf: CookieOf, getAs: GetAs): Promise<void> {
  const office = await cookieOf('demo-supervisor');
  const get = (url: string) => getAs(office, url);
  const taskOf = async (key: string) => {
    const found = (await get(`/api/v1/tasks?q=${encodeURIComponent(key)}&pageSize=100`)).items.filter(
      (t: { content: string | null; title: string }) => (t.content ?? t.title).includes(key),
    );
    expect(found, key).toHaveLength(1);
    return found[0] as { id: string; targets: Array<{ id: string }> };
  };

  // Sections (科室) under three units, each with an account that sees its own sub-tasks.
  const units = (await getAs(await cookieOf('demo-admin'), '/api/v1/units')).items;
  const sections = units.filter((u: { kind: string }) => u.kind === 'section');
  expect(sections.map((u: { name: string }) => u.name).sort()).toEqual(
    ['城建科', '物业管理科', '社会事务科', '城市管理科', '老龄健康科'].sort(),
  );
  expect(new Set(sections.map((u: { parentId: string }) => u.parentId)).size).toBe(3);
  const mine = await getAs(await cookieOf('demo-zjj-cjk'), '/api/v1/subtasks/mine');
  expect(mine.items.length).toBeGreaterThanOrEqual(2);

  // Sub-tasks for sections and people, with progress; one overdue.
  const housing = await taskOf('老旧小区');
  const tree = await getAs(await cookieOf('demo-zjj-clerk'), `/api/v1/tasks/${housing.id}/subtasks`);
  const items = tree.items as Array<{
    sectionName: string | null;
    assigneeName: string | null;
    progress: number;
  }>;
  expect(items.filter((x) => x.sectionName !== null).length).toBeGreaterThanOrEqual(2);
  expect(items.some((x) => x.sectionName === null && x.assigneeName === '王磊')).toBe(true);
  expect(items.every((x) => x.progress > 0)).toBe(true);
  const all = (await get(`/api/v1/tasks/${housing.id}/subtasks`)).items as Array<{ overdue: boolean }>;
  expect(all.length).toBe(4);
  expect(all.filter((x) => x.overdue)).toHaveLength(1);

  // Shares of last month: both given, one returned and redone, consolidated into the lead unit's report.
  const shares = await get(`/api/v1/tasks/${housing.id}/shares?period=2026-02`);
  expect(
    shares.units.map((u: { unitName: string; share: { status: string } }) => [u.unitName, u.share.status]),
  ).toEqual([
    ['城关街道', 'consolidated'],
    ['滨河街道', 'consolidated'],
  ]);
  expect(shares.units[1].share.version).toBeGreaterThanOrEqual(3);
  expect(shares.units[0].share.attachments).toHaveLength(1);
  // This month's so far, on the lead unit's card: one given with a photo, one back for a photo.
  const now = await getAs(await cookieOf('demo-zjj-clerk'), `/api/v1/tasks/${housing.id}/shares`);
  expect(now.units.map((u: { share: { status: string } | null }) => u.share?.status)).toEqual([
    'submitted',
    'returned',
  ]);
  const elderly = await taskOf('养老服务中心');
  const late = (await get(`/api/v1/tasks/${elderly.id}/shares?period=2026-01`)).units[0].share;
  expect([late.status, late.submittedAt > '2026-02-01']).toEqual(['submitted', true]);
  const circle = await taskOf('便民生活圈');
  const missing = await get(`/api/v1/tasks/${circle.id}/shares?period=2026-02`);
  expect(missing.units.map((u: { share: { status: string } | null }) => u.share?.status ?? null)).toEqual([
    'consolidated',
    null,
  ]);

  // The district target split across three streets, approved, each share reported.
  const split = await get(`/api/v1/targets/${circle.targets[0]?.id}/shares`);
  type Share = { unitName: string; targetValue: number; currentValue: number; status: string; light: string };
  const streets = split.items as Share[];
  expect(streets.map((s) => [s.unitName, s.targetValue, s.status])).toEqual([
    ['城关街道', 4, 'approved'],
    ['高新街道', 5, 'approved'],
    ['凤凰街道', 3, 'approved'],
  ]);
  // Each street reported; 凤凰 behind (red); the district figure is their sum.
  expect(streets.every((s) => s.currentValue > 0)).toBe(true);
  expect(streets[2]?.light).toBe('red');
  const sum = streets.reduce((n, s) => n + s.currentValue, 0);
  expect([split.targetValue, split.sharesTotal, split.currentValue]).toEqual([12, 12, sum]);

  // Acceptance with evidence: accepted, with remarks, returned and asked again, waiting.
  const acceptance = async (key: string) => get(`/api/v1/tasks/${(await taskOf(key)).id}/acceptance`);
  const states: Record<string, [string, number]> = {};
  for (const key of ['营商环境', '网格化管理', '促消费', '挥发性有机物']) {
    const record = await acceptance(key);
    states[key] = [record.state, record.requests.length];
    for (const r of record.requests) expect(r.evidence.length, key).toBeGreaterThanOrEqual(1);
  }
  expect(states).toEqual({
    营商环境: ['accepted', 1],
    网格化管理: ['accepted_with_remarks', 1],
    促消费: ['accepted', 2],
    挥发性有机物: ['requested', 1],
  });
  const pending = (await get('/api/v1/requests/pending')).items;
  expect(pending.filter((r: { kind: string }) => r.kind === 'completion')).toHaveLength(1);

  // 配合评价 at the year's end.
  const ratings = await get(`/api/v1/tasks/${housing.id}/cooperation-ratings?year=2025`);
  expect(ratings.items.map((r: { coUnitName: string; rating: string }) => [r.coUnitName, r.rating])).toEqual([
    ['城关街道', 'good'],
    ['滨河街道', 'fair'],
  ]);
}

/** 满意度测评: an open survey with answers (by code and by phone), its public page, and unused codes that work. */
export async function expectDemoSurvey(
  get: Get,
  survey: { path: string; unusedCodes: string[] },
  app: { inject: (o: { method: 'GET'; url: string }) => Promise<{ statusCode: number }> },
): Promise<void> {
  const publicStatus = async (url: string) => (await app.inject({ method: 'GET', url })).statusCode;
  const list = await get('/api/v1/surveys');
  expect(list.items).toMatchObject([{ status: 'open', answerCount: 18 }]);
  const results = await get(`/api/v1/surveys/${list.items[0].id}/results`);
  expect(results.subjects.map((s: { respondents: number }) => s.respondents)).toEqual([6, 6, 6]);
  const answers = await get(`/api/v1/surveys/${list.items[0].id}/answers`);
  expect(new Set(answers.items.map((a: { channel: string }) => a.channel))).toEqual(
    new Set(['code', 'phone']),
  );
  expect(survey.unusedCodes).toHaveLength(5);
  expect(await publicStatus(survey.path)).toBe(200);
  expect(await publicStatus(`${survey.path}/${survey.unusedCodes[0]}`)).toBe(200);
}

type Inject = {
  inject: (o: { method: 'GET'; url: string }) => Promise<{ statusCode: number; body: string }>;
};
type Shown = { status: number; json: any; body: string }; // eslint-disable-line @typescript-eslint/no-explicit-any
const loggedOut = async (app: Inject, url: string): Promise<Shown> => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.body, json: res.statusCode === 200 ? tryJson(res.body) : null };
};
const tryJson = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
};

/**
 * 公开与社情民意 (issue 17): six public tasks with their units' public summaries, read logged out; messages in
 * every state of the office's review, each receipt answering its state; the published answer beside the
 * message without its phone number.
 */
export async function expectDemoPublic(get: Get, demo: DemoPublic, app: Inject): Promise<void> {
  const tasks = (await loggedOut(app, '/public/api/demo/tasks')).json;
  expect(tasks.tasks).toHaveLength(6);
  for (const task of tasks.tasks) {
    expect(task.publicSummary, task.key).toMatch(/累计完成|已新增|覆盖率/);
    expect(task.summaryPeriod, task.key).toBe('2026-02');
  }
  expect(new Set(tasks.tasks.map((x: { light: string }) => x.light))).toEqual(
    new Set(['red', 'yellow', 'green']),
  );
  const page = await loggedOut(app, demo.tasksPath);
  expect([page.status, page.body.includes(tasks.tasks[0].publicSummary)]).toEqual([200, true]);

  // The office's review queue: every state, one likely duplicate of the other pending message.
  const items = (await get('/api/v1/feedback')).items as Array<{
    id: string;
    status: string;
    duplicateOf: string | null;
    isPublished: boolean;
    caseId: string | null;
    message: string;
    suggestedPublicMessage: string;
  }>;
  const states = items.map(
    (f) => `${f.status}${f.isPublished ? '+published' : ''}${f.duplicateOf ? '+dup' : ''}`,
  );
  expect(states.sort()).toEqual([
    'answered',
    'answered+published',
    'case',
    'closed',
    'pending',
    'pending+dup',
  ]);
  const duplicate = items.find((f) => f.duplicateOf);
  expect(items.find((f) => f.id === duplicate?.duplicateOf)?.status).toBe('pending');
  const withPhone = items.filter((f) => /1\d{10}/.test(f.message));
  expect(withPhone.map((f) => [f.isPublished, f.suggestedPublicMessage.includes('［电话已隐去］')])).toEqual([
    [true, true],
  ]);
  const opened = await get(`/api/v1/cases/${items.find((f) => f.status === 'case')?.caseId}`);
  expect([opened.origin, opened.status]).toEqual(['complaint', 'issued']);

  // Logged out: the published answer without the phone number, and each receipt its own state.
  const published = (await loggedOut(app, '/public/api/demo/feedback')).json.items;
  expect(published).toHaveLength(1);
  expect(published[0].message).toContain('［电话已隐去］');
  expect(published[0].message).not.toMatch(/1\d{10}/);
  const feedbackPage = await loggedOut(app, demo.feedbackPath);
  expect([feedbackPage.status, feedbackPage.body.includes('［电话已隐去］')]).toEqual([200, true]);
  const looked: Record<string, [string, boolean]> = {};
  for (const [state, receipt] of Object.entries(demo.receipts)) {
    const status = (await loggedOut(app, `/public/api/demo/feedback/${receipt}`)).json;
    looked[state] = [status.status, status.caseOpened];
  }
  expect(looked).toEqual({
    pending: ['pending', false],
    duplicate: ['pending', false],
    case: ['case', true],
    published: ['answered', false],
    answered: ['answered', false],
    closed: ['closed', false],
  });
}

/**
 * 公示与申诉 (issue 17): the year published (also publicly) with its window open; one appeal upheld — version 2
 * differs from version 1 by exactly the corrected score —, one rejected with reasons, one waiting.
 */
export async function expectDemoAppeals(get: Get, demo: DemoAppeals, app: Inject): Promise<void> {
  const { year, upheld } = demo;
  const publication = await get(`/api/v1/assessment/results/${year}/publication`);
  expect(publication).toMatchObject({
    latestVersion: 2,
    publication: { firstVersion: 1, isPublic: true, isWindowOpen: true, isFinal: false },
  });
  const appeals = (await get(`/api/v1/assessment/appeals?year=${year}`)).items as Array<{
    unitName: string;
    status: string;
    rulingReasons: string | null;
    ruledRaw: number | null;
    newResultVersion: number | null;
  }>;
  expect(appeals.map((a) => [a.unitName, a.status]).sort()).toEqual([
    ['区交通运输局', 'upheld'],
    ['区住房和城乡建设局', 'rejected'],
    ['城关街道', 'pending'],
  ]);
  const ruled = appeals.filter((a) => a.status !== 'pending');
  expect(ruled.every((a) => (a.rulingReasons ?? '').length > 20)).toBe(true);
  expect(appeals.find((a) => a.status === 'upheld')).toMatchObject({
    ruledRaw: upheld.to,
    newResultVersion: 2,
  });
  expect(upheld.to).toBeGreaterThan(upheld.from);

  type Unit = { unitName: string; total: number; components: Array<{ key: string; raw: number | null }> };
  const units = async (version: number) =>
    new Map(
      (await get(`/api/v1/assessment/results?year=${year}&version=${version}`)).groups
        .flatMap((g: { units: Unit[] }) => g.units)
        .map((u: Unit) => [u.unitName, u]),
    ) as Map<string, Unit>;
  const [v1, v2] = [await units(1), await units(2)];
  const satisfaction = (u: Unit | undefined) => u?.components.find((c) => c.key === 'satisfaction')?.raw;
  expect([satisfaction(v1.get(upheld.unitName)), satisfaction(v2.get(upheld.unitName))]).toEqual([
    upheld.from,
    upheld.to,
  ]);
  expect((v2.get(upheld.unitName)?.total ?? 0) > (v1.get(upheld.unitName)?.total ?? 0)).toBe(true);
  for (const [name, unit] of v1)
    if (name !== upheld.unitName) expect(v2.get(name)?.total, name).toBe(unit.total);

  const shown = (await loggedOut(app, '/public/api/demo/results')).json.results;
  expect(shown).toMatchObject({ year, version: 2, isFinal: false });
  expect((await loggedOut(app, '/public/demo/results')).status).toBe(200);
}
