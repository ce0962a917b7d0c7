import { defaultScheme, ZAssessmentScheme, type TAssessmentScheme } from '../../../domain/assessment/index';
import type { Executor } from '../../db/client';
import { latestPublishedScheme } from './assessment.repository';

/** The scheme in force for a year: the latest published version, else the built-in default. */
export async function effectiveScheme(
  tx: Executor,
  year: number,
): Promise<{ id: string | null; scheme: TAssessmentScheme }> {
  const row = await latestPublishedScheme(tx, year);
  return row
    ? { id: row.id, scheme: ZAssessmentScheme.parse(row.scheme) }
    : { id: null, scheme: defaultScheme(year) };
}
