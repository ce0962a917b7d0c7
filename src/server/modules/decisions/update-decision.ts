import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { canManageDecisions } from './decisions.policy';
import { findDecision, updateDecisionVersioned } from './decisions.repository';
import type { TDecisionDetail, TUpdateDecisionBody } from './decisions.schemas';
import { getDecision } from './get-decision';
import { decisionAuditFields } from './present-decision';

export async function updateDecision(
  ctx: AuthedContext,
  id: string,
  input: TUpdateDecisionBody,
): Promise<TDecisionDetail> {
  assertCan(canManageDecisions(ctx.actor));
  const now = ctx.clock.now();
  await tenantTx(ctx, async (tx) => {
    const before = await findDecision(tx, id);
    if (!before) throw notFound();
    if (before.version !== input.version) throw await versionConflict(tx, before);
    const { version, ...changes } = input;
    const after = await updateDecisionVersioned(tx, id, version, {
      ...changes,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, (await findDecision(tx, id)) ?? before);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'decision.updated',
      entityType: 'decision',
      entityId: id,
      before: decisionAuditFields(before),
      after: decisionAuditFields(after),
    });
  });
  return getDecision(ctx, id);
}
