import type { AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { loadResults, type ResultsQuery } from './load-results';
import type { TShownUnit } from './present-results';

export type TUnitResultDetail = {
  year: number;
  asOf: string;
  group: { key: string; name: string };
  unit: TShownUnit;
};

/**
 * One unit's breakdown with every evidence list, as the results route would have shown it: the same
 * visibility (a unit sees its own, the office and leaders every unit), the same scheme, date or finalized
 * version. Another unit's headline line in a ranking has no breakdown: 404, as for a unit not assessed.
 */
export async function loadUnitResult(
  ctx: AuthedContext,
  unitId: string,
  query: ResultsQuery,
): Promise<TUnitResultDetail> {
  const { result } = await loadResults(ctx, query);
  for (const g of result.groups) {
    const unit = g.units.find((u) => u.unitId === unitId);
    if (unit && !unit.breakdownHidden)
      return { year: result.year, asOf: result.asOf, group: { key: g.key, name: g.name }, unit };
  }
  throw notFound();
}
