import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  canEditSurvey,
  canMakeSurveyCodes,
  canMoveSurvey,
  distributionOf,
  satisfactionWithSurveys,
  surveyAvailability,
  type TSurveyQuestion,
} from './survey-rules';
import { surveyResults } from './surveys';

const questions: TSurveyQuestion[] = [
  { id: 'q1', text: '效率', scale: 'five_point' },
  { id: 'q2', text: '态度', scale: 'three_level' },
];

describe('a survey’s life', () => {
  it('moves draft → open → closed only', () => {
    expect(canMoveSurvey('draft', 'open')).toBe(true);
    expect(canMoveSurvey('open', 'closed')).toBe(true);
    expect(canMoveSurvey('draft', 'closed')).toBe(false);
    expect(canMoveSurvey('closed', 'open')).toBe(false);
    expect(canMoveSurvey('open', 'draft')).toBe(false);
    expect([canEditSurvey('draft'), canEditSurvey('open'), canEditSurvey('closed')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([canMakeSurveyCodes('draft'), canMakeSurveyCodes('open'), canMakeSurveyCodes('closed')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('takes answers only while open and within its dates (both ends included)', () => {
    const s = { status: 'open' as const, opensOn: '2024-07-01', closesOn: '2024-07-31' };
    expect(surveyAvailability(s, '2024-06-30')).toBe('not_yet');
    expect(surveyAvailability(s, '2024-07-01')).toBe('open');
    expect(surveyAvailability(s, '2024-07-31')).toBe('open');
    expect(surveyAvailability(s, '2024-08-01')).toBe('ended');
    expect(surveyAvailability({ ...s, status: 'draft' }, '2024-07-15')).toBe('not_yet');
    expect(surveyAvailability({ ...s, status: 'closed' }, '2024-07-15')).toBe('ended');
  });
});

describe('answerProblems', () => {
  it('asks for every question on its scale and refuses questions the survey does not have', () => {
    expect(answerProblems(questions, { q1: 5, q2: 'satisfied' })).toEqual({});
    expect(answerProblems(questions, { q1: 5 })).toEqual({ q2: '请作答' });
    expect(answerProblems(questions, { q1: 0, q2: 'great' })).toEqual({
      q1: '答案不在选项之内',
      q2: '答案不在选项之内',
    });
    expect(answerProblems(questions, { q1: 3, q2: 'satisfied', q9: 1 })).toEqual({ q9: '问卷没有这个问题' });
  });
});

describe('distributionOf', () => {
  it('counts each value, leaving voided answers out', () => {
    const answers = [
      { voided: false, values: { q1: 5 } },
      { voided: false, values: { q1: 5 } },
      { voided: true, values: { q1: 1 } },
      { voided: false, values: { q1: 2 } },
    ];
    expect(distributionOf('five_point', 'q1', answers)).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 2 });
  });
});

describe('satisfactionWithSurveys', () => {
  it('replaces a surveyed unit’s typed scores by its survey score and keeps typed scores elsewhere', () => {
    const typed = [
      { id: 't1', unitId: 'A', period: '2024', score: 70 },
      { id: 't2', unitId: 'B', period: '2024', score: 80 },
    ];
    const results = surveyResults(questions, [
      { subjectId: 'A', voided: false, values: { q1: 5, q2: 'basically_satisfied' } },
      { subjectId: 'C', voided: true, values: { q1: 5, q2: 'satisfied' } },
    ]);
    expect(satisfactionWithSurveys(typed, [{ surveyId: 'S', title: '年度测评', results }])).toEqual([
      { id: 't2', unitId: 'B', period: '2024', score: 80 },
      { id: 'survey:S:A', unitId: 'A', period: '年度测评', score: 80 },
    ]);
    // Without a survey, nothing changes.
    expect(satisfactionWithSurveys(typed, [])).toEqual(typed);
  });
});
