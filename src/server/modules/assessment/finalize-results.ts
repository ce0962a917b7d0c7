import { uuidv7 } from 'uuidv7';
import { assess } from '../../../domain/assessment/index';
import { canManageAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { insertResult, lastResultVersion } from './assessment.repository';
import { loadAssessmentFacts } from './load-facts';
import { effectiveScheme } from './effective-scheme';
import { defaultAsOf, withAchievements } from './present-results';

/** Freezes the year's results as a snapshot; a later change is a new version with a reason. */
export async function finalizeResults(
  ctx: AuthedContext,
  year: number,
  input: { asOf?: string | undefined; reason?: string | undefined },
) {
  assertCan(canManageAssessment(ctx.actor));
  const now = ctx.clock.now();
  const date = input.asOf ?? defaultAsOf(year, shanghaiDate(now));
  return tenantTx(ctx, async (tx) => {
    const version = ((await lastResultVersion(tx, year)) ?? 0) + 1;
    if (version > 1 && !input.reason)
      throw new AppError('VALIDATION_FAILED', {
        details: { fields: [{ path: 'reason', message: '已定稿的结果再次定稿须说明理由' }] },
      });
    const { id: schemeId, scheme } = await effectiveScheme(tx, year);
    const result = await withAchievements(
      tx,
      assess(scheme, await loadAssessmentFacts(tx, ctx.actor.tenantId, year, date), date),
    );
    const id = uuidv7();
    await insertResult(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      year,
      version,
      asOf: date,
      schemeId,
      result,
      reason: input.reason ?? null,
      finalizedBy: ctx.actor.userId,
      finalizedAt: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'assessment.finalized',
      entityType: 'assessment_result',
      entityId: id,
      after: { year, version, asOf: date, reason: input.reason ?? null },
    });
    return { ...result, finalized: { version, at: iso(now), asOf: date, reason: input.reason ?? null } };
  });
}
