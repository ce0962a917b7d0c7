import { uuidv7 } from 'uuidv7';
import { canManageAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { insertScheme, lastSchemeVersion } from './assessment.repository';
import { parseScheme } from './parse-scheme';

/** Saves a new draft version; a published version is frozen and never changes. */
export async function saveScheme(ctx: AuthedContext, year: number, input: unknown) {
  assertCan(canManageAssessment(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const version = ((await lastSchemeVersion(tx, year)) ?? 0) + 1;
    const scheme = parseScheme({ ...(input as object), version }, year);
    const id = uuidv7();
    await insertScheme(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      year,
      version,
      scheme,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'assessment.scheme_saved',
      entityType: 'assessment_scheme',
      entityId: id,
      after: { year, version },
    });
    return { id, year, version, status: 'draft' as const, scheme, publishedAt: null };
  });
}
