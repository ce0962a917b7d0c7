import { lockRow } from '../../db/row-lock';
import { canManageAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assessmentEntries } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { findEntry, setEntryFields } from './assessment.repository';
import { present } from './present-entry';

/** The office verifies a declared bonus (or any entry) so that it counts. */
export async function verifyEntry(ctx: AuthedContext, id: string) {
  assertCan(canManageAssessment(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, assessmentEntries, id);
    const row = await findEntry(tx, id);
    if (!row) throw notFound();
    if (row.isVerified) throw new AppError('INVALID_TRANSITION', { message: '已核实' });
    const after = await setEntryFields(tx, id, {
      isVerified: true,
      verifiedBy: ctx.actor.userId,
      verifiedAt: now,
      version: row.version + 1,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'assessment.entry_verified',
      entityType: 'assessment_entry',
      entityId: id,
      after: { isVerified: true },
    });
    return present(after ?? row, ctx.actor);
  });
}
