/**
 * The demo's satisfaction survey (满意度测评, issue 17): the office builds an open survey about three units,
 * makes codes, and some are answered — online by code and by telephone follow-up — so the results page has
 * figures; a few codes stay unused for whoever tries the public answering page.
 */
import { createSurvey } from '../modules/surveys/create-survey';
import { makeSurveyCodes } from '../modules/surveys/make-survey-codes';
import { moveSurvey } from '../modules/surveys/move-survey';
import { recordPhoneAnswer } from '../modules/surveys/record-phone-answer';
import { submitSurveyAnswer } from '../modules/surveys/submit-survey-answer';
import { demoUnits } from './demo-plan';
import type { DemoActors } from './load-demo';

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Plays the survey; answers the public path of the survey page and five unused codes. */
export async function playDemoSurvey(
  actors: DemoActors,
  today: string,
  slug: string,
): Promise<{ path: string; unusedCodes: string[] }> {
  const office = actors.ctxOf('demo-supervisor');
  const unitIds = demoUnits.slice(0, 3).map((u) => actors.unitIdOf(u.code));
  const survey = await createSurvey(office, {
    title: `${today.slice(0, 4)}年区直部门服务满意度测评`,
    intro: '请根据您办事的亲身感受，对以下单位作出评价。',
    subjectKind: 'unit',
    subjectIds: unitIds,
    audiences: ['residents', 'enterprises'],
    questions: [
      { id: 'q1', text: '您对该单位的办事效率是否满意？', scale: 'five_point' },
      { id: 'q2', text: '您对该单位的服务态度是否满意？', scale: 'five_point' },
      { id: 'q3', text: '您对该单位工作的总体评价', scale: 'three_level' },
    ],
    opensOn: shift(today, -7),
    closesOn: shift(today, 21),
    openLink: false,
    linkMaxAnswers: null,
  });
  const opened = await moveSurvey(office, survey.id, { version: survey.version, to: 'open' });
  const levels = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
  const unused: string[] = [];
  for (const [u, subjectId] of unitIds.entries()) {
    const codes = await makeSurveyCodes(office, opened.id, { count: 8, audience: 'residents', subjectId });
    for (const [i, code] of codes.entries()) {
      if (i >= 6) {
        unused.push(code.code);
        continue;
      }
      const values = {
        q1: 5 - ((i + u) % 3),
        q2: 4 - ((i * u) % 3) + 1,
        q3: levels[(i + u) % 3] ?? 'satisfied',
      };
      if (i % 3 === 2)
        await recordPhoneAnswer(office, opened.id, {
          codeId: code.id,
          values,
          comment: '电话回访：总体满意',
        });
      else
        await submitSurveyAnswer(
          office,
          slug,
          code.code,
          { values, comment: '' },
          { ip: '127.0.0.1', userAgent: 'demo' },
        );
    }
  }
  return { path: `/public/${slug}/surveys`, unusedCodes: unused.slice(0, 5) };
}
