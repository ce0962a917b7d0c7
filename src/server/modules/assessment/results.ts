import { uuidv7 } from 'uuidv7';
import { assess, defaultScheme, ZAssessmentScheme, type TAssessmentResult, type TAssessmentScheme, type TUnitResult } from '../../../domain/assessment/index';
import { canManageAssessment, canReadAssessment, canSeeAllAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { assessmentResults } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { iso } from '../../http';
import { loadSettings } from '../settings/settings.repository';
import { assertCan } from '../../policy/assert';
import { findResultVersion, findScheme, lastResultVersion, latestResult } from './assessment.repository';
import { verifiedAchievementsByUnit } from './achievements';
import { loadAssessmentFacts } from './load-facts';
import { effectiveScheme, parseScheme } from './schemes';

/** The year's end, or today when the year is not over: results are a live preview until finalized. */
function defaultAsOf(year: number, today: string): string {
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
async function withAchievements(tx: Executor, result: TAssessmentResult): Promise<Omit<TShownResult, 'finalized'>> {
  const byUnit = await verifiedAchievementsByUnit(tx, result.year);
  return { ...result, groups: result.groups.map((g) => ({ ...g, units: g.units.map((u) => ({ ...u, achievements: byUnit.get(u.unitId) ?? [] })) })) };
}

/**
 * The office and leaders see every unit. A unit sees its own breakdown and rank; with the setting
 * assessment.unitsSeeRanking it also sees every unit of its groups — name, total, rank and grade only.
 */
function visibleTo<R extends Omit<TShownResult, 'finalized'>>(ctx: AuthedContext, result: R, unitsSeeRanking: boolean): R {
  if (canSeeAllAssessment(ctx.actor)) return result;
  const own = ctx.actor.unitId;
  const groups = result.groups
    .filter((g) => g.units.some((u) => u.unitId === own))
    .map((g) => ({ ...g, units: unitsSeeRanking ? g.units.map((u) => (u.unitId === own ? u : headline(u))) : g.units.filter((u) => u.unitId === own) }));
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

const finalizedOf = (row: typeof assessmentResults.$inferSelect) => ({ version: row.version, at: iso(row.finalizedAt), asOf: row.asOf, reason: row.reason });

/** The scheme a snapshot was computed with (the built-in default when none was published). */
async function schemeOfSnapshot(tx: Executor, row: typeof assessmentResults.$inferSelect): Promise<TAssessmentScheme> {
  if (!row.schemeId) return defaultScheme(row.year);
  const s = await findScheme(tx, row.schemeId);
  return s ? ZAssessmentScheme.parse(s.scheme) : defaultScheme(row.year);
}

export interface ResultsQuery {
  year: number;
  asOf?: string | undefined;
  version?: number | undefined;
}

/**
 * The results as the caller may see them, with the scheme they were computed with: live as of a date,
 * with a draft scheme (preview), or the frozen snapshot of a finalized version (404 if there is none).
 */
export async function loadResults(ctx: AuthedContext, query: ResultsQuery, draft?: unknown): Promise<{ result: TShownResult; scheme: TAssessmentScheme }> {
  assertCan(draft ? canManageAssessment(ctx.actor) : canReadAssessment(ctx.actor));
  if (query.version !== undefined && query.asOf !== undefined) {
    throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'asOf', message: '查看定稿版本时不能指定截止日期' }] } });
  }
  const date = query.asOf ?? defaultAsOf(query.year, shanghaiDate(ctx.clock.now()));
  return tenantTx(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    const see = (r: Omit<TShownResult, 'finalized'>) => visibleTo(ctx, r, settings['assessment.unitsSeeRanking']);
    if (query.version !== undefined) {
      const row = await findResultVersion(tx, query.year, query.version);
      if (!row) throw notFound();
      const frozen = row.result as TAssessmentResult & Partial<TShownResult>;
      // Snapshots store the achievements verified when they were frozen.
      const shown = frozen.groups.every((g) => g.units.every((u) => 'achievements' in u)) ? (frozen as Omit<TShownResult, 'finalized'>) : await withAchievements(tx, frozen);
      return { result: { ...see(shown), finalized: finalizedOf(row) }, scheme: await schemeOfSnapshot(tx, row) };
    }
    const scheme: TAssessmentScheme = draft ? parseScheme(draft, query.year) : (await effectiveScheme(tx, query.year)).scheme;
    const facts = await loadAssessmentFacts(tx, ctx.actor.tenantId, query.year, date);
    const final = await latestResult(tx, query.year);
    const shown = await withAchievements(tx, assess(scheme, facts, date));
    return { result: { ...see(shown), finalized: final ? finalizedOf(final) : null }, scheme };
  });
}

export async function computeResults(ctx: AuthedContext, query: ResultsQuery, draft?: unknown): Promise<TShownResult> {
  return (await loadResults(ctx, query, draft)).result;
}

/** Freezes the year's results as a snapshot; a later change is a new version with a reason. */
export async function finalizeResults(ctx: AuthedContext, year: number, input: { asOf?: string | undefined; reason?: string | undefined }) {
  assertCan(canManageAssessment(ctx.actor));
  const now = ctx.clock.now();
  const date = input.asOf ?? defaultAsOf(year, shanghaiDate(now));
  return tenantTx(ctx, async (tx) => {
    const version = ((await lastResultVersion(tx, year)) ?? 0) + 1;
    if (version > 1 && !input.reason) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'reason', message: '已定稿的结果再次定稿须说明理由' }] } });
    const { id: schemeId, scheme } = await effectiveScheme(tx, year);
    const result = await withAchievements(tx, assess(scheme, await loadAssessmentFacts(tx, ctx.actor.tenantId, year, date), date));
    const id = uuidv7();
    await tx.insert(assessmentResults).values({ id, tenantId: ctx.actor.tenantId, year, version, asOf: date, schemeId, result, reason: input.reason ?? null, finalizedBy: ctx.actor.userId, finalizedAt: now });
    await recordAudit(tx, { ...auditBase(ctx), action: 'assessment.finalized', entityType: 'assessment_result', entityId: id, after: { year, version, asOf: date, reason: input.reason ?? null } });
    return { ...result, finalized: { version, at: iso(now), asOf: date, reason: input.reason ?? null } };
  });
}
