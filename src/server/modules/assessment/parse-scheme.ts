import { ZAssessmentScheme, type TAssessmentScheme } from '../../../domain/assessment/index';
import { AppError } from '../../errors';

/** A scheme as given, validated: 422 naming each offending field (weights that do not add up to 100, …). */
export function parseScheme(input: unknown, year: number): TAssessmentScheme {
  const parsed = ZAssessmentScheme.safeParse({ version: 0, ...(input as object), year });
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      details: {
        fields: parsed.error.issues.map((i) => ({
          path: ['scheme', ...i.path].join('.'),
          message: i.message,
        })),
      },
    });
  }
  return parsed.data;
}
