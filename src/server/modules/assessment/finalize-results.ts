import { uuidv7 } from 'uuidv7';
import { assess } from '../../../domain/assessment/index';
import { canManageAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { insertResult, lastResultVersion } from './assessment.repository';
import { loadAssessmentFacts } from './load-facts';
import { effectiveScheme } from './effective-scheme';
import { defaultAsOf, withAchievements } from './present-results';

/**
 * Computes the year's results as of `asOf` and stores them as the next finalized version, audited, inside the
 * caller's transaction (an appeal ruling finalizes again this way, in its own transaction).
 */
export async function freezeResults(
  tx: Executor,
  ctx: AuthedContext,
  year: number,
  asOf: string,
  reason: string | null,
) {
  const now = ctx.clock.now();
  const version = ((await lastResultVersion(tx, year)) ?? 0) + 1;
  if (version > 1 && !reason)
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'reason', message: '已定稿的结果再次定稿须说明理由' }] },
    });
  const { id: schemeId, scheme } = await effectiveScheme(tx, year);
  const result = await withAchievements(
    tx,
    assess(scheme, await loadAssessmentFacts(tx, ctx.actor.tenantId, year, asOf), asOf),
  );
  const id = uuidv7();
  await insertResult(tx, {
    id,
    tenantId: ctx.actor.tenantId,
    year,
    version,
    asOf,
    schemeId,
    result,
    reason,
    finalizedBy: ctx.actor.userId,
    finalizedAt: now,
  });
  await recordAudit(tx, {
    ...auditBase(ctx),
    action: 'assessment.finalized',
    entityType: 'assessment_result',
    entityId: id,
    after: { year, version, asOf, reason },
  });
  return { ...result, finalized: { version, at: iso(now), asOf, reason } };
}

/** Freezes the year's results as a snapshot; a later change is a new version with a reason. */
export async function finalizeResults(
  ctx: AuthedContext,
  year: number,
  input: { asOf?: string | undefined; reason?: string | undefined },
) {
  assertCan(canManageAssessment(ctx.actor));
  const date = input.asOf ?? defaultAsOf(year, shanghaiDate(ctx.clock.now()));
  return tenantTx(ctx, (tx) => freezeResults(tx, ctx, year, date, input.reason ?? null));
}
