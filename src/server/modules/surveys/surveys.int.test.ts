import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { testScheme } from '../../../../test/helpers/assessment-scheme';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { codeFromBytes } from '../../../domain/surveys';

const codeShape = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

type Code = { id: string; code: string; serial: number; path: string; used: boolean; subjectId: string };

describe.each(dbKinds())('satisfaction surveys on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let leader: string;
  let unitUser: string;
  let u1: string;
  let u2: string;
  let surveyId: string;
  let version: number;
  let codes: Code[] = [];
  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) });
  const post = (url: string, payload: object, cookie: string | undefined = office) =>
    t.app.inject({ method: 'POST', url, ...(cookie ? { headers: { cookie } } : {}), payload });
  const answer = (code: string, payload: object) =>
    post(`/public/api/default/surveys/${code}`, payload, undefined);
  const body = (over: object = {}) => ({
    title: '2024年区直部门服务满意度测评',
    intro: '请对以下单位的服务作出评价。',
    subjectKind: 'unit',
    subjectIds: [u1, u2],
    audiences: ['residents', 'enterprises'],
    questions: [
      { id: 'q1', text: '您对该单位办事效率是否满意？', scale: 'five_point' },
      { id: 'q2', text: '您对该单位服务态度的总体评价', scale: 'three_level' },
    ],
    opensOn: '2024-07-01',
    closesOn: '2024-07-31',
    ...over,
  });
  const codesOf = async (subjectId: string, count: number) => {
    const res = await post(`/api/v1/surveys/${surveyId}/codes`, { count, audience: 'residents', subjectId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().items as Code[];
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { config: { surveyRateLimitPerHour: 1000 } });
    t.clock.set(new Date('2024-07-15T02:00:00Z'));
    u1 = (await buildUnit(t, { name: '区行政审批局' })).id;
    u2 = (await buildUnit(t, { name: '区市场监管局' })).id;
    office = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    leader = await loginAs(t, await buildUser(t, { roles: ['leader'] }));
    unitUser = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: u1 }));
  });
  afterAll(async () => t.close());

  it('builds a draft survey; the office edits it, leaders read it, units may not; bad subjects change nothing', async () => {
    const bad = await post(
      '/api/v1/surveys',
      body({ subjectIds: [u1, '01890000-0000-7000-8000-000000000000'] }),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields[0].path).toBe('subjectIds');
    expect((await get('/api/v1/surveys', office)).json().items).toEqual([]);
    expect((await post('/api/v1/surveys', body(), unitUser)).statusCode).toBe(403);
    const made = await post('/api/v1/surveys', body());
    expect(made.statusCode, made.body).toBe(201);
    surveyId = made.json().id;
    expect(made.json()).toMatchObject({
      status: 'draft',
      subjects: [
        { id: u1, label: '区行政审批局' },
        { id: u2, label: '区市场监管局' },
      ],
      linkPath: null,
      abilities: { edit: true, open: true, close: false, makeCodes: true, recordPhone: false },
    });
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/surveys/${surveyId}`,
      headers: { cookie: office },
      payload: { version: 1, survey: body({ title: '2024年区直部门满意度测评' }) },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    version = changed.json().version;
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/surveys/${surveyId}`,
      headers: { cookie: office },
      payload: { version: 1, survey: body() },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const seen = (await get(`/api/v1/surveys/${surveyId}`, leader)).json();
    expect(seen.title).toBe('2024年区直部门满意度测评');
    expect(seen.abilities.edit).toBe(false);
    expect((await get(`/api/v1/surveys/${surveyId}`, unitUser)).statusCode).toBe(403);
  });

  it('makes one-time codes per audience and subject, numbered; only the office sees them', async () => {
    const wrongAudience = await post(`/api/v1/surveys/${surveyId}/codes`, {
      count: 2,
      audience: 'deputies',
      subjectId: u1,
    });
    expect(wrongAudience.statusCode).toBe(422);
    expect(
      (await post(`/api/v1/surveys/${surveyId}/codes`, { count: 2, audience: 'residents' })).statusCode,
    ).toBe(422);
    codes = [...(await codesOf(u1, 4)), ...(await codesOf(u2, 2))];
    expect(codes.map((c) => c.serial)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const c of codes) {
      expect(c.code).toMatch(codeShape);
      expect(c.path).toBe(`/public/default/surveys/${c.code}`);
    }
    expect(new Set(codes.map((c) => c.code)).size).toBe(6);
    expect((await get(`/api/v1/surveys/${surveyId}/codes`, leader)).statusCode).toBe(403);
    const listed = (await get(`/api/v1/surveys/${surveyId}/codes`, office)).json().items as Code[];
    expect(listed.map((c) => c.code)).toEqual(codes.map((c) => c.code));
  });

  it('answers nothing before the survey opens; then shows the questions without an internal id', async () => {
    const code = codes[0]?.code as string;
    const early = await get(`/public/api/default/surveys/${code}`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('SURVEY_NOT_OPEN');
    const opened = await post(`/api/v1/surveys/${surveyId}/status`, { version, to: 'open' });
    expect(opened.statusCode, opened.body).toBe(200);
    version = opened.json().version;
    const shown = await get(`/public/api/default/surveys/${code.toLowerCase().replace('-', ' ')}`);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.body).not.toMatch(uuid);
    expect(shown.json()).toEqual({
      district: '测试区',
      title: '2024年区直部门满意度测评',
      intro: '请对以下单位的服务作出评价。',
      closesOn: '2024-07-31',
      subjects: [{ key: '1', label: '区行政审批局' }],
      questions: [
        { id: 'q1', text: '您对该单位办事效率是否满意？', scale: 'five_point' },
        { id: 'q2', text: '您对该单位服务态度的总体评价', scale: 'three_level' },
      ],
    });
    const page = await get(`/public/default/surveys/${code}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<legend>1. 您对该单位办事效率是否满意？</legend>');
    expect(page.body).toContain('value="basically_satisfied"');
  });

  it('takes one answer per code: an incomplete answer changes nothing, a second use is 409, even at once', async () => {
    const [a, , , , d] = codes as [Code, Code, Code, Code, Code, Code];
    const incomplete = await answer(a.code, { values: { q1: 5 } });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error.details.fields).toEqual([{ path: 'values.q2', message: '请作答' }]);
    const offScale = await answer(a.code, { values: { q1: 6, q2: 'satisfied' } });
    expect(offScale.statusCode).toBe(422);
    const ok = await answer(a.code, { values: { q1: 5, q2: 'satisfied' }, comment: '办事很快' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toEqual({ status: 'received', answeredOn: '2024-07-15' });
    const again = await answer(a.code, { values: { q1: 1, q2: 'dissatisfied' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SURVEY_CODE_USED');
    const usedPage = await get(`/public/default/surveys/${a.code}`);
    expect(usedPage.statusCode).toBe(409);
    expect(usedPage.body).toContain('该测评码已经使用过');
    // Two answers with one code at the same moment: the unique index lets exactly one in.
    const both = await Promise.all([
      answer(d.code, { values: { q1: 3, q2: 'basically_satisfied' } }),
      answer(d.code, { values: { q1: 1, q2: 'dissatisfied' } }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('tells a mistyped code, an unknown code and an unknown district apart, never a 5xx', async () => {
    expect((await get('/public/api/default/surveys/ABCDE-FGHJK')).statusCode).toBe(404);
    const unknown = codeFromBytes(new Uint8Array(16).fill(7));
    expect((await get(`/public/api/default/surveys/${unknown}`)).statusCode).toBe(404);
    const mistyped = await get('/public/default/surveys/ABCDE-FGHJK');
    expect(mistyped.statusCode).toBe(404);
    expect(mistyped.body).toContain('测评码有误');
    expect((await get(`/public/api/nowhere/surveys/${codes[1]?.code}`)).statusCode).toBe(404);
  });

  it('answers by the plain page form, and the entry page takes a typed code', async () => {
    const b = codes[1] as Code;
    const form = (url: string, payload: string) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
    const entry = await form('/public/default/surveys', `code=${b.code.toLowerCase()}`);
    expect(entry.statusCode).toBe(303);
    expect(entry.headers.location).toBe(`/public/default/surveys/${b.code}`);
    expect((await form('/public/default/surveys', 'code=nonsense')).statusCode).toBe(422);
    const missing = await form(`/public/default/surveys/${b.code}`, 'q1=4');
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('还有问题没有回答');
    const done = await form(`/public/default/surveys/${b.code}`, 'q1=4&q2=basically_satisfied&comment=');
    expect(done.statusCode).toBe(201);
    expect(done.body).toContain('您的答卷已经收到');
    const twice = await form(`/public/default/surveys/${b.code}`, 'q1=4&q2=basically_satisfied');
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('该测评码已经使用过');
  });

  it('records a telephone follow-up answer against an unused code, with who recorded it', async () => {
    const c = codes[2] as Code;
    const unused = (await get(`/api/v1/surveys/${surveyId}/codes?unused=true`, office)).json()
      .items as Code[];
    expect(unused.map((x) => x.serial)).toEqual([3, 4, 6]);
    expect(
      (await post(`/api/v1/surveys/${surveyId}/answers`, { codeId: c.id, values: { q1: 2 } })).statusCode,
    ).toBe(422);
    const phone = await post(`/api/v1/surveys/${surveyId}/answers`, {
      codeId: c.id,
      values: { q1: 2, q2: 'dissatisfied' },
      comment: '电话回访：窗口排队久',
    });
    expect(phone.statusCode, phone.body).toBe(201);
    expect(phone.json()).toMatchObject({ serial: 3, channel: 'phone', subjectLabel: '区行政审批局' });
    expect(phone.json().recordedByName).toBeTruthy();
    const again = await post(`/api/v1/surveys/${surveyId}/answers`, {
      codeId: c.id,
      values: { q1: 5, q2: 'satisfied' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SURVEY_CODE_USED');
    expect(
      (
        await post(
          `/api/v1/surveys/${surveyId}/answers`,
          { codeId: (codes[3] as Code).id, values: { q1: 5, q2: 'satisfied' } },
          leader,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('gives results per unit and question with counts, confidence and distribution; a voided answer leaves them', async () => {
    const answers = (await get(`/api/v1/surveys/${surveyId}/answers`, office)).json().items as Array<{
      id: string;
      serial: number;
      version: number;
    }>;
    const formAnswer = answers.find((a) => a.serial === 2) as { id: string; version: number };
    const noReason = await post(`/api/v1/survey-answers/${formAnswer.id}/void`, {
      version: formAnswer.version,
      reason: '',
    });
    expect(noReason.statusCode).toBe(422);
    const voided = await post(`/api/v1/survey-answers/${formAnswer.id}/void`, {
      version: formAnswer.version,
      reason: '同一受访者重复作答',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json()).toMatchObject({ voided: true, voidReason: '同一受访者重复作答' });
    const twice = await post(`/api/v1/survey-answers/${formAnswer.id}/void`, {
      version: voided.json().version,
      reason: '再次作废',
    });
    expect(twice.statusCode).toBe(409);
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/surveys/${surveyId}/answers`,
      headers: { cookie: leader },
    });
    expect(audit.json().items).toHaveLength(4);

    const res = await get(`/api/v1/surveys/${surveyId}/results`, leader);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ answers: 3, voided: 1, minReliableAnswers: 30 });
    // U1: code 1 (5 → 100, 满意 → 100) and the phone answer (2 → 25, 不满意 → 0); the form answer is voided.
    const first = r.subjects[0];
    expect(first).toMatchObject({ subjectId: u1, respondents: 2, score: 56.25, reliable: false });
    expect(first.byQuestion.q1).toEqual({
      count: 2,
      mean: 62.5,
      margin: 73.5,
      reliable: false,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
    });
    expect(first.byQuestion.q2.distribution).toEqual({
      satisfied: 1,
      basically_satisfied: 0,
      dissatisfied: 1,
    });
    // U2: one answer (3 → 50, 基本满意 → 60).
    expect(r.subjects[1]).toMatchObject({ subjectId: u2, respondents: 1, score: 55 });
    expect(r.subjects[1].byQuestion.q1.margin).toBeNull();
  });

  it('limits the open link, and flags answers from one source for the office to review', async () => {
    const made = await post(
      '/api/v1/surveys',
      body({ title: '开放链接测评', subjectIds: [u2], openLink: true, linkMaxAnswers: 2 }),
    );
    expect(made.statusCode, made.body).toBe(201);
    const link = made.json().linkPath as string;
    expect(link).toMatch(/^\/public\/default\/surveys\/[0-9a-f]{24}$/);
    await post(`/api/v1/surveys/${made.json().id}/status`, { version: 1, to: 'open' });
    const token = link.split('/').pop() as string;
    const send = (values: object) => answer(token, { values, subject: '1' });
    expect((await send({ q1: 4, q2: 'satisfied' })).statusCode).toBe(201);
    expect((await send({ q1: 4, q2: 'satisfied' })).statusCode).toBe(201);
    const full = await send({ q1: 4, q2: 'satisfied' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('SURVEY_LINK_FULL');
    const list = (await get(`/api/v1/surveys/${made.json().id}/answers`, office)).json().items;
    expect(list.map((a: { channel: string; flags: string[] }) => [a.channel, a.flags])).toEqual([
      ['link', []],
      ['link', ['duplicate_source']],
    ]);
  });

  it('feeds a closed survey into the assessment: a unit typed score gives way, with the survey as evidence', async () => {
    const scheme = await post('/api/v1/assessment/schemes', { year: 2024, scheme: testScheme });
    expect(scheme.statusCode, scheme.body).toBe(201);
    await post(`/api/v1/assessment/schemes/${scheme.json().id}/publish`, {});
    const typed = await post('/api/v1/assessment/entries', {
      kind: 'satisfaction',
      year: 2024,
      unitId: u1,
      period: '2024',
      score: 70,
    });
    expect(typed.statusCode, typed.body).toBe(201);
    const satisfactionOf = async (unitId: string) => {
      // The unit's breakdown with its evidence lists (the results route counts them, issue 20).
      const res = await get(`/api/v1/assessment/results/units/${unitId}?year=2024`, office);
      expect(res.statusCode, res.body).toBe(200);
      type Component = {
        key: string;
        raw: number | null;
        evidence: Array<{ id: string; label: string; value: number }>;
      };
      const unit = res.json().unit as { components: Component[] };
      return unit.components.find((c) => c.key === 'satisfaction') as Component;
    };
    // Open, the survey does not count yet: the typed 70.
    expect((await satisfactionOf(u1)).raw).toBe(70);
    expect((await satisfactionOf(u2)).raw).toBeNull();
    const closed = await post(`/api/v1/surveys/${surveyId}/status`, { version, to: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().abilities).toMatchObject({ makeCodes: false, recordPhone: false, voidAnswer: true });
    // The closed survey's exact figures replace the typed score, linked to the survey.
    const after = await satisfactionOf(u1);
    expect(after.raw).toBe(56.25);
    expect(after.evidence).toEqual([
      expect.objectContaining({
        id: `survey:${surveyId}:${u1}`,
        label: '2024年区直部门满意度测评',
        value: 56.25,
      }),
    ]);
    expect((await satisfactionOf(u2)).raw).toBe(55);
    // A closed survey takes no more answers.
    const late = await answer((codes[3] as Code).code, { values: { q1: 5, q2: 'satisfied' } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('SURVEY_NOT_OPEN');
  });
});
