import { and, desc, eq, max } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { assess, type TAssessmentResult, type TAssessmentScheme } from '../../../domain/assessment/index';
import { hasPermission } from '../../../domain/permissions';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assessmentResults } from '../../db/schema';
import { AppError } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../units/units.policy';
import { loadAssessmentFacts } from './load-facts';
import { effectiveScheme, parseScheme } from './schemes';

/** The year's end, or today when the year is not over: results are a live preview until finalized. */
function defaultAsOf(year: number, today: string): string {
  return `${year}-12-31` < today ? `${year}-12-31` : today;
}

/** A unit sees its own breakdown and rank; the office and leaders see every unit. */
function visibleTo(ctx: AuthedContext, result: TAssessmentResult): TAssessmentResult {
  if (hasPermission(ctx.actor.roles, 'assessment:read_all')) return result;
  return { ...result, groups: result.groups.map((g) => ({ ...g, units: g.units.filter((u) => u.unitId === ctx.actor.unitId) })).filter((g) => g.units.length > 0), unassignedUnits: [] };
}

export async function computeResults(ctx: AuthedContext, year: number, asOf?: string, draft?: unknown) {
  assertCan(hasPermission(ctx.actor.roles, draft ? 'assessment:manage' : 'assessment:read'));
  const date = asOf ?? defaultAsOf(year, shanghaiDate(ctx.clock.now()));
  return tenantTx(ctx, async (tx) => {
    const scheme: TAssessmentScheme = draft ? parseScheme(draft, year) : (await effectiveScheme(tx, year)).scheme;
    const facts = await loadAssessmentFacts(tx, ctx.actor.tenantId, year, date);
    const [final] = await tx.select().from(assessmentResults).where(eq(assessmentResults.year, year)).orderBy(desc(assessmentResults.version)).limit(1);
    return { ...visibleTo(ctx, assess(scheme, facts, date)), finalized: final ? { version: final.version, at: iso(final.finalizedAt), asOf: final.asOf } : null };
  });
}

/** Freezes the year's results as a snapshot; a later change is a new version with a reason. */
export async function finalizeResults(ctx: AuthedContext, year: number, input: { asOf?: string | undefined; reason?: string | undefined }) {
  assertCan(hasPermission(ctx.actor.roles, 'assessment:manage'));
  const now = ctx.clock.now();
  const date = input.asOf ?? defaultAsOf(year, shanghaiDate(now));
  return tenantTx(ctx, async (tx) => {
    const [last] = await tx.select({ v: max(assessmentResults.version) }).from(assessmentResults).where(and(eq(assessmentResults.year, year)));
    const version = (last?.v ?? 0) + 1;
    if (version > 1 && !input.reason) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'reason', message: '已定稿的结果再次定稿须说明理由' }] } });
    const { id: schemeId, scheme } = await effectiveScheme(tx, year);
    const result = assess(scheme, await loadAssessmentFacts(tx, ctx.actor.tenantId, year, date), date);
    const id = uuidv7();
    await tx.insert(assessmentResults).values({ id, tenantId: ctx.actor.tenantId, year, version, asOf: date, schemeId, result, reason: input.reason ?? null, finalizedBy: ctx.actor.userId, finalizedAt: now });
    await recordAudit(tx, { ...auditBase(ctx), action: 'assessment.finalized', entityType: 'assessment_result', entityId: id, after: { year, version, asOf: date, reason: input.reason ?? null } });
    return { ...result, finalized: { version, at: iso(now), asOf: date } };
  });
}
