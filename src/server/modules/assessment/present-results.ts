import type { TAssessmentResult, TUnitResult } from '../../../domain/assessment/index';
import { canSeeAllAssessment } from './assessment.policy';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { assessmentResults } from '../../db/schema';
import { iso } from '../../http';
import { verifiedAchievementsByUnit } from './verified-achievements';

/** The year's end, or today when the year is not over: results are a live preview until finalized. */
export function defaultAsOf(year: number, today: string): string {
  return `${year}-12-31` < today ? `${year}-12-31` : today;
}

export type TAchievementBrief = { id: string; userName: string; title: string };
/** A unit as the API shows it: the engine's result with the unit's verified achievements beside it. */
export type TShownUnit = TUnitResult & { achievements: TAchievementBrief[]; breakdownHidden?: true };
export type TShownResult = Omit<TAssessmentResult, 'groups'> & {
  groups: Array<Omit<TAssessmentResult['groups'][number], 'units'> & { units: TShownUnit[] }>;
  finalized: { version: number; at: string; asOf: string; reason: string | null } | null;
};

/** Adds each unit's verified achievements (个人政绩) — shown beside the score, never part of it. */
export async function withAchievements(
  tx: Executor,
  result: TAssessmentResult,
): Promise<Omit<TShownResult, 'finalized'>> {
  const byUnit = await verifiedAchievementsByUnit(tx, result.year);
  return {
    ...result,
    groups: result.groups.map((g) => ({
      ...g,
      units: g.units.map((u) => ({ ...u, achievements: byUnit.get(u.unitId) ?? [] })),
    })),
  };
}

/**
 * The office and leaders see every unit. A unit sees its own breakdown and rank; with the setting
 * assessment.unitsSeeRanking it also sees every unit of its groups — name, total, rank and grade only.
 */
export function visibleTo<R extends Omit<TShownResult, 'finalized'>>(
  ctx: AuthedContext,
  result: R,
  unitsSeeRanking: boolean,
): R {
  if (canSeeAllAssessment(ctx.actor)) return result;
  const own = ctx.actor.unitId;
  const groups = result.groups
    .filter((g) => g.units.some((u) => u.unitId === own))
    .map((g) => ({
      ...g,
      units: unitsSeeRanking
        ? g.units.map((u) => (u.unitId === own ? u : headline(u)))
        : g.units.filter((u) => u.unitId === own),
    }));
  return { ...result, groups, unassignedUnits: [] };
}

// Another unit's line in the ranking: who, how many points, which place and grade; nothing of how.
function headline(u: TShownUnit): TShownUnit {
  return {
    unitId: u.unitId,
    unitName: u.unitName,
    unitKind: u.unitKind,
    total: u.total,
    rank: u.rank,
    grade: u.grade,
    gradeKey: u.gradeKey,
    isVetoed: u.isVetoed,
    flags: [],
    breakdownHidden: true,
    components: [],
    deductions: null,
    bonuses: null,
    vetoes: [],
    achievements: [],
  } as unknown as TShownUnit;
}

export const finalizedOf = (row: typeof assessmentResults.$inferSelect) => ({
  version: row.version,
  at: iso(row.finalizedAt),
  asOf: row.asOf,
  reason: row.reason,
});
