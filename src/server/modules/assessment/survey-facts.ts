import { satisfactionWithSurveys, type TypedSatisfaction } from '../../../domain/survey-rules';
import { surveyResults } from '../../../domain/surveys';
import type { Executor } from '../../db/client';
import { answersOfSurveys, closedUnitSurveysOfYear } from '../surveys/surveys.repository';

/**
 * The year's satisfaction facts: the closed surveys about units (满意度测评) where they scored a unit, the
 * typed scores elsewhere (domain rule: satisfactionWithSurveys). Voided answers do not count.
 */
export async function loadSatisfactionFacts(
  tx: Executor,
  year: number,
  typed: readonly TypedSatisfaction[],
): Promise<TypedSatisfaction[]> {
  const surveys = await closedUnitSurveysOfYear(tx, year);
  const answers = await answersOfSurveys(
    tx,
    surveys.map((s) => s.id),
  );
  return satisfactionWithSurveys(
    typed,
    surveys.map((s) => ({
      surveyId: s.id,
      title: s.title,
      results: surveyResults(
        s.questions,
        answers
          .filter((a) => a.surveyId === s.id)
          .map((a) => ({ subjectId: a.subjectId, voided: a.voidedAt !== null, values: a.values })),
      ),
    })),
  );
}
