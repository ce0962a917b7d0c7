import { assertCan } from '../../policy/assert';
import { todaysDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { lockRow } from '../../db/row-lock';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { rectifications } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { versionConflict } from '../../versioning';
import { attachAttachments } from '../attachments/attach-attachments';
import { canReadSupervision, canSeeUnitItem, rectificationVerdicts } from './supervision.policy';
import { findRectification, presentRectifications, setRectificationFields } from './supervision.repository';
import type { TRectification } from './supervision.schemas';

type Action =
  | {
      action: 'submit';
      measures: string;
      evidence?: string | null | undefined;
      attachmentIds?: readonly string[] | undefined;
      version: number;
    }
  | { action: 'verify' | 'reject'; comment?: string | null | undefined; version: number };

/**
 * The unit submits its measures and evidence; the office verifies (销号) or sends it back to open. Only
 * the unit submits, only the office verifies.
 */
export async function actOnRectification(
  ctx: AuthedContext,
  id: string,
  input: Action,
): Promise<TRectification> {
  assertCan(canReadSupervision(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, rectifications, id);
    const row = await findRectification(tx, id);
    if (!row || !canSeeUnitItem(ctx.actor, [row.unitId])) throw notFound();
    // Who may act is asked first; the state is checked after the version, as the machine refuses it.
    if (rectificationVerdicts(ctx.actor, row)[input.action] === 'role') throw new AppError('FORBIDDEN');
    if (row.version !== input.version) throw await versionConflict(tx, row);
    const status = assertTransition('rectification', row.status, input.action);
    const changes =
      input.action === 'submit'
        ? { measures: input.measures, evidence: input.evidence ?? null, submittedAt: now }
        : input.action === 'verify'
          ? { verifiedAt: now, verifiedBy: ctx.actor.userId, reviewComment: input.comment ?? null }
          : { reviewComment: input.comment ?? null };
    // Files and photos of the work done (佐证材料), uploads of the unit's own; the office sees them when verifying.
    if (input.action === 'submit')
      await attachAttachments(tx, ctx, input.attachmentIds ?? [], { kind: 'rectification', id });
    const after = await setRectificationFields(tx, id, {
      ...changes,
      status,
      version: row.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    const action =
      input.action === 'submit'
        ? 'rectification.submitted'
        : input.action === 'verify'
          ? 'rectification.verified'
          : 'rectification.rejected';
    await recordAudit(tx, {
      ...auditBase(ctx),
      action,
      entityType: 'rectification',
      entityId: id,
      before: { status: row.status },
      after: { status, ...changes },
    });
    return (
      await presentRectifications(tx, after ? [after] : [], await todaysDeadlineRule(tx, ctx), ctx.actor)
    )[0] as TRectification;
  });
}
