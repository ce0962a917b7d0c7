import {
  assess,
  defaultScheme,
  ZAssessmentScheme,
  type TAssessmentResult,
  type TAssessmentScheme,
} from '../../../domain/assessment/index';
import { canManageAssessment, canReadAssessment } from './assessment.policy';
import { shanghaiDate } from '../../clock';
import { readTx, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { assessmentResults } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { loadSettings } from '../settings/settings.repository';
import { assertCan } from '../../policy/assert';
import { findResultVersion, findScheme, latestResult } from './assessment.repository';
import { loadAssessmentFacts } from './load-facts';
import { effectiveScheme } from './effective-scheme';
import { parseScheme } from './parse-scheme';
import { findPublication } from '../appeals/appeals.repository';
import { summarizeResults, type TResultsSummary } from './summarize-results';
import { defaultAsOf, finalizedOf, visibleTo, withAchievements, type TShownResult } from './present-results';

/** The scheme a snapshot was computed with (the built-in default when none was published). */
async function schemeOfSnapshot(
  tx: Executor,
  row: typeof assessmentResults.$inferSelect,
): Promise<TAssessmentScheme> {
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
export async function loadResults(
  ctx: AuthedContext,
  query: ResultsQuery,
  draft?: unknown,
): Promise<{ result: TShownResult; scheme: TAssessmentScheme }> {
  assertCan(draft ? canManageAssessment(ctx.actor) : canReadAssessment(ctx.actor));
  if (query.version !== undefined && query.asOf !== undefined) {
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'asOf', message: '查看定稿版本时不能指定截止日期' }] },
    });
  }
  const date = query.asOf ?? defaultAsOf(query.year, shanghaiDate(ctx.clock.now()));
  // A preview with a draft scheme is a heavy read nobody saved: the read replica may take it.
  return (draft ? readTx : tenantTx)(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    // While (and after) the results are published (公示), every unit sees every unit's total and grade.
    const isPublished = (await findPublication(tx, query.year)) !== undefined;
    const see = (r: Omit<TShownResult, 'finalized'>) =>
      visibleTo(ctx, r, settings['assessment.unitsSeeRanking'] || isPublished);
    if (query.version !== undefined) {
      const row = await findResultVersion(tx, query.year, query.version);
      if (!row) throw notFound();
      const frozen = row.result as TAssessmentResult & Partial<TShownResult>;
      // Snapshots store the achievements verified when they were frozen.
      const shown = frozen.groups.every((g) => g.units.every((u) => 'achievements' in u))
        ? (frozen as Omit<TShownResult, 'finalized'>)
        : await withAchievements(tx, frozen);
      return {
        result: { ...see(shown), finalized: finalizedOf(row) },
        scheme: await schemeOfSnapshot(tx, row),
      };
    }
    const scheme: TAssessmentScheme = draft
      ? parseScheme(draft, query.year)
      : (await effectiveScheme(tx, query.year)).scheme;
    const facts = await loadAssessmentFacts(tx, ctx.actor.tenantId, query.year, date);
    const final = await latestResult(tx, query.year);
    const shown = await withAchievements(tx, assess(scheme, facts, date));
    return { result: { ...see(shown), finalized: final ? finalizedOf(final) : null }, scheme };
  });
}

/** The results as the routes answer them: every number, evidence counted (summarize-results.ts). */
export async function computeResults(
  ctx: AuthedContext,
  query: ResultsQuery,
  draft?: unknown,
): Promise<TResultsSummary> {
  return summarizeResults((await loadResults(ctx, query, draft)).result);
}
