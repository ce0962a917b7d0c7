import type { TAssessmentResult } from '../../../domain/assessment/index';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { findResultVersion, latestResult } from '../assessment/assessment.repository';
import { publicPublications } from '../appeals/appeals.repository';
import type { TPublicResults } from './public-disclosure.schemas';

/**
 * The latest year the office published publicly, as its latest finalized version: for each group, each unit's
 * name, total, rank and grade — nothing of the breakdown, no ids. Null when nothing is published publicly.
 */
export async function buildPublicResults(tx: Executor, today: string): Promise<TPublicResults['results']> {
  const [publication] = await publicPublications(tx);
  if (!publication) return null;
  const row =
    (await latestResult(tx, publication.year)) ??
    (await findResultVersion(tx, publication.year, publication.resultVersion));
  if (!row) return null;
  const result = row.result as TAssessmentResult;
  return {
    year: publication.year,
    publishedOn: publication.publishedOn,
    windowEndsOn: publication.windowEndsOn,
    isFinal: today > publication.windowEndsOn,
    version: row.version,
    updatedOn: shanghaiDate(row.finalizedAt),
    groups: result.groups
      .filter((g) => g.units.length > 0)
      .map((g) => ({
        name: g.name,
        units: g.units.map((u) => ({ unit: u.unitName, total: u.total, rank: u.rank, grade: u.grade })),
      })),
  };
}
