/**
 * 满意度测评 (issue 17): the rules of a survey's life — its questions, when it takes answers, which answers are
 * complete, and how survey results stand in for the satisfaction scores the office used to type. Pure.
 */
import { answerScore, type SubjectResult, type SurveyAnswerValue } from './surveys';
import type { SurveyScale, SurveyStatus } from './vocabulary';

export interface TSurveyQuestion {
  /** Short and stable within the survey (q1, q2 …): answers refer to it. */
  id: string;
  text: string;
  scale: SurveyScale;
}

/** The longest free-text comment a respondent may add. */
export const surveyCommentMax = 2000;

/** Moves of a survey: draft → open → closed, nothing back (answers were given under the open survey). */
export function canMoveSurvey(from: SurveyStatus, to: SurveyStatus): boolean {
  return (from === 'draft' && to === 'open') || (from === 'open' && to === 'closed');
}

/** Only a draft is edited: once people answer, the questions they answered stay as they were. */
export function canEditSurvey(status: SurveyStatus): boolean {
  return status === 'draft';
}

/** Codes are made before and while the survey runs, not after. */
export function canMakeSurveyCodes(status: SurveyStatus): boolean {
  return status !== 'closed';
}

export type SurveyAvailability = 'open' | 'not_yet' | 'ended';

/** Whether a survey takes answers on `today` (a Shanghai date): open, and within its dates. */
export function surveyAvailability(
  survey: { status: SurveyStatus; opensOn: string; closesOn: string },
  today: string,
): SurveyAvailability {
  if (survey.status === 'draft' || today < survey.opensOn) return 'not_yet';
  if (survey.status === 'closed' || today > survey.closesOn) return 'ended';
  return 'open';
}

/**
 * The problems of one answer, question id → message (empty when it is complete): every question answered on its
 * scale, nothing about a question the survey does not have.
 */
export function answerProblems(
  questions: readonly TSurveyQuestion[],
  values: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const q of questions) {
    const value = values[q.id];
    if (value === undefined || value === null || value === '') problems[q.id] = '请作答';
    else if (answerScore(q.scale, value as SurveyAnswerValue) === null) problems[q.id] = '答案不在选项之内';
  }
  for (const key of Object.keys(values))
    if (!questions.some((q) => q.id === key)) problems[key] = '问卷没有这个问题';
  return problems;
}

/** The counts of each answer value of one question (1–5 or the three levels), voided answers left out. */
export function distributionOf(
  scale: SurveyScale,
  questionId: string,
  answers: ReadonlyArray<{ voided: boolean; values: Readonly<Record<string, SurveyAnswerValue>> }>,
): Record<string, number> {
  const keys =
    scale === 'five_point' ? ['1', '2', '3', '4', '5'] : ['satisfied', 'basically_satisfied', 'dissatisfied'];
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const a of answers) {
    if (a.voided) continue;
    const v = a.values[questionId];
    if (v === undefined || answerScore(scale, v) === null) continue;
    counts[String(v)] = (counts[String(v)] ?? 0) + 1;
  }
  return counts;
}

export interface TypedSatisfaction {
  id: string;
  unitId: string;
  period: string;
  score: number;
}

export interface SurveySatisfaction {
  surveyId: string;
  title: string;
  results: readonly SubjectResult[];
}

/**
 * The satisfaction facts of the assessment: for a unit that some closed survey of the year scored, the surveys'
 * scores (one period each, id `survey:<surveyId>:<unitId>`, so the evidence links to the survey's results);
 * for every other unit the scores the office typed. A unit is never counted both ways.
 */
export function satisfactionWithSurveys(
  typed: readonly TypedSatisfaction[],
  surveys: readonly SurveySatisfaction[],
): TypedSatisfaction[] {
  const fromSurveys: TypedSatisfaction[] = [];
  for (const s of surveys)
    for (const r of s.results)
      if (r.score !== null)
        fromSurveys.push({
          id: surveyEvidenceId(s.surveyId, r.subjectId),
          unitId: r.subjectId,
          period: s.title,
          score: r.score,
        });
  const surveyed = new Set(fromSurveys.map((e) => e.unitId));
  return [...typed.filter((e) => !surveyed.has(e.unitId)), ...fromSurveys];
}

/** The evidence id of a unit's survey score: the survey first, so the web links to its results page. */
export function surveyEvidenceId(surveyId: string, unitId: string): string {
  return `survey:${surveyId}:${unitId}`;
}
