/** Permission-matrix lines of satisfaction surveys (满意度测评, issue 17; the matrix spreads them in). */
import type { Rule } from './permission-rules';

const read: Rule['allowed'] = ['supervisor', 'leader'];
const office: Rule['allowed'] = ['supervisor'];
const surveyBody = () => ({
  title: '满意度测评',
  subjectKind: 'unit',
  subjectIds: ['01900000-0000-7000-8000-000000000000'],
  audiences: ['residents'],
  questions: [{ id: 'q1', text: '是否满意', scale: 'five_point' }],
  opensOn: '2026-03-01',
  closesOn: '2026-03-31',
});

export const surveyRules: Record<string, Rule> = {
  'GET /api/v1/surveys': { allowed: read },
  // The subject is another district's unit: the office gets 422, the others 403.
  'POST /api/v1/surveys': { allowed: office, body: surveyBody },
  'GET /api/v1/surveys/:id': { allowed: read },
  'PUT /api/v1/surveys/:id': { allowed: office, body: () => ({ version: 1, survey: surveyBody() }) },
  'POST /api/v1/surveys/:id/status': { allowed: office, body: () => ({ version: 1, to: 'open' }) },
  'POST /api/v1/surveys/:id/codes': { allowed: office, body: () => ({ count: 1, audience: 'residents' }) },
  'GET /api/v1/surveys/:id/codes': { allowed: office },
  'GET /api/v1/surveys/:id/results': { allowed: read },
  'GET /api/v1/surveys/:id/answers': { allowed: read },
  'POST /api/v1/surveys/:id/answers': {
    allowed: office,
    body: () => ({ codeId: '01900000-0000-7000-8000-000000000000', values: { q1: 5 } }),
  },
  'POST /api/v1/survey-answers/:id/void': {
    allowed: office,
    body: () => ({ version: 1, reason: '重复作答' }),
  },
};
