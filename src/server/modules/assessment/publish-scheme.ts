import { lockRow } from '../../db/row-lock';
import { canManageAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assessmentSchemes } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { findScheme, setSchemeFields } from './assessment.repository';

export async function publishScheme(ctx: AuthedContext, id: string) {
  assertCan(canManageAssessment(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, assessmentSchemes, id);
    const row = await findScheme(tx, id);
    if (!row) throw notFound();
    if (row.status === 'published') throw new AppError('INVALID_TRANSITION', { message: '该方案已发布' });
    await setSchemeFields(tx, id, {
      status: 'published',
      publishedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'assessment.scheme_published',
      entityType: 'assessment_scheme',
      entityId: id,
      after: { year: row.year, version: row.version },
    });
    return {
      id,
      year: row.year,
      version: row.version,
      status: 'published' as const,
      scheme: row.scheme,
      publishedAt: iso(now),
    };
  });
}
