import type {
  TAdjustments,
  TComponentResult,
  TEvidence,
  TVetoResult,
} from '../../../domain/assessment/index';
import type { TShownResult, TShownUnit } from './present-results';

/**
 * The results answer carries every number and how many facts stand behind it, not the facts themselves: a
 * district's evidence lists are ~13 MB (every red and yellow month-end light, every report, per unit). A
 * unit's lists come from GET /assessment/results/units/:unitId when its breakdown opens.
 */
type Counted<T extends { evidence: TEvidence[] }> = Omit<T, 'evidence'> & { evidenceCount: number };
type CountedAdjustments = Omit<TAdjustments<string>, 'items'> & {
  items: Array<Counted<TAdjustments<string>['items'][number]>>;
};
export type TUnitSummary = Omit<TShownUnit, 'components' | 'deductions' | 'bonuses' | 'vetoes'> & {
  components: Array<Counted<TComponentResult>>;
  deductions: CountedAdjustments;
  bonuses: CountedAdjustments;
  vetoes: Array<Counted<TVetoResult>>;
};
export type TResultsSummary = Omit<TShownResult, 'groups'> & {
  groups: Array<Omit<TShownResult['groups'][number], 'units'> & { units: TUnitSummary[] }>;
};

function counted<T extends { evidence: TEvidence[] }>(x: T): Counted<T> {
  const { evidence, ...rest } = x;
  return { ...rest, evidenceCount: evidence.length };
}

// Another unit's headline line has null adjustments (present-results.ts `headline`): kept as they are.
const countedAdjustments = (a: TAdjustments<string> | null): CountedAdjustments =>
  (a ? { ...a, items: a.items.map(counted) } : a) as CountedAdjustments;

export function summarizeUnit(u: TShownUnit): TUnitSummary {
  return {
    ...u,
    components: u.components.map(counted),
    deductions: countedAdjustments(u.deductions),
    bonuses: countedAdjustments(u.bonuses),
    vetoes: u.vetoes.map(counted),
  };
}

export function summarizeResults(result: TShownResult): TResultsSummary {
  return {
    ...result,
    groups: result.groups.map((g) => ({ ...g, units: g.units.map(summarizeUnit) })),
  };
}
