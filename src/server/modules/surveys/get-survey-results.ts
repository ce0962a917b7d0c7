import { distributionOf } from '../../../domain/survey-rules';
import { minReliableAnswers, summarize, surveyResults } from '../../../domain/surveys';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { loadSurvey } from './load-survey';
import { canReadSurveys } from './surveys.policy';
import { answersOfSurveys, subjectLabels } from './surveys.repository';
import type { TSurveyResults } from './surveys.schemas';

/**
 * Results per subject and per question (结果): respondents, mean 0–100 with its 95% margin and whether there
 * are enough answers to rely on it, and the count of each answer. Voided answers do not count.
 */
export async function getSurveyResults(ctx: AuthedContext, surveyId: string): Promise<TSurveyResults> {
  assertCan(canReadSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const survey = await loadSurvey(tx, surveyId);
    const labels = await subjectLabels(tx, survey.subjectKind, survey.subjectIds);
    const answers = (await answersOfSurveys(tx, [surveyId])).map((a) => ({
      subjectId: a.subjectId,
      voided: a.voidedAt !== null,
      values: a.values,
    }));
    const bySubject = new Map(surveyResults(survey.questions, answers).map((r) => [r.subjectId, r]));
    return {
      surveyId,
      title: survey.title,
      status: survey.status,
      questions: survey.questions,
      answers: answers.filter((a) => !a.voided).length,
      voided: answers.filter((a) => a.voided).length,
      minReliableAnswers,
      subjects: survey.subjectIds.map((subjectId) => {
        const own = answers.filter((a) => a.subjectId === subjectId);
        // A subject nobody answered (yet) has no entry in the domain's results: empty summaries.
        const r = bySubject.get(subjectId);
        return {
          subjectId,
          label: labels.get(subjectId) ?? '',
          respondents: r?.respondents ?? 0,
          score: r?.score ?? null,
          reliable: r?.reliable ?? false,
          byQuestion: Object.fromEntries(
            survey.questions.map((q) => {
              const summary = r?.byQuestion[q.id] ?? summarize([]);
              return [q.id, { ...summary, distribution: distributionOf(q.scale, q.id, own) }];
            }),
          ),
        };
      }),
    };
  });
}
