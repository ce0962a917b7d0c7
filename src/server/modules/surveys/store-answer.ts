import { uuidv7 } from 'uuidv7';
import { answerProblems, type TSurveyQuestion } from '../../../domain/survey-rules';
import type { SurveyAnswerValue } from '../../../domain/surveys';
import type { SurveyAudience, SurveyChannel } from '../../../domain/vocabulary';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { insertAnswer } from './surveys.repository';

/** 422 naming each question left blank or answered off its scale (`values.<question>`). */
export function assertCompleteAnswer(
  questions: readonly TSurveyQuestion[],
  values: Readonly<Record<string, unknown>>,
): void {
  const problems = Object.entries(answerProblems(questions, values));
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      message: '请回答每一个问题',
      details: { fields: problems.map(([q, message]) => ({ path: `values.${q}`, message })) },
    });
}

/** The database refused a second answer for the same code (the unique index, whichever came first). */
export function isCodeTaken(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** Turns the unique index's refusal into 409 SURVEY_CODE_USED; other errors pass. */
export async function oncePerCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isCodeTaken(error)) throw new AppError('SURVEY_CODE_USED');
    throw error;
  }
}

/** Stores one complete answer (never edited afterwards). */
export async function storeAnswer(
  tx: Executor,
  input: {
    tenantId: string;
    surveyId: string;
    questions: readonly TSurveyQuestion[];
    codeId: string | null;
    subjectId: string;
    channel: SurveyChannel;
    audience: SurveyAudience;
    values: Record<string, SurveyAnswerValue>;
    comment: string;
    sourceHash: string | null;
    recordedBy: string | null;
    at: Date;
  },
) {
  assertCompleteAnswer(input.questions, input.values);
  return insertAnswer(tx, {
    id: uuidv7(),
    tenantId: input.tenantId,
    surveyId: input.surveyId,
    codeId: input.codeId,
    subjectId: input.subjectId,
    channel: input.channel,
    audience: input.audience,
    values: input.values,
    comment: input.comment,
    sourceHash: input.sourceHash,
    recordedBy: input.recordedBy,
    answeredAt: input.at,
  });
}
