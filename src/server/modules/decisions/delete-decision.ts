import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canManageDecisions } from './decisions.policy';
import { deleteTasksOfDecision, hasPublishedTask } from '../tasks/tasks.repository';
import { deleteDecisionRow, findDecision } from './decisions.repository';

/**
 * Deletes a decision entered by mistake, with its drafts (their targets and milestones go with them). A decision
 * with a published task is part of the record: 409, nothing deleted. Audited with the title and the drafts' count.
 */
export async function deleteDecision(ctx: AuthedContext, id: string, version: number): Promise<void> {
  assertCan(canManageDecisions(ctx.actor));
  await tenantTx(ctx, async (tx) => {
    const decision = await findDecision(tx, id);
    if (!decision) throw notFound();
    if (decision.version !== version) throw new AppError('VERSION_CONFLICT');
    if (await hasPublishedTask(tx, id)) throw new AppError('DECISION_HAS_PUBLISHED_TASKS');
    const drafts = await deleteTasksOfDecision(tx, id);
    await deleteDecisionRow(tx, id);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'decision.deleted',
      entityType: 'decision',
      entityId: id,
      before: { title: decision.title, date: decision.date, drafts: drafts.length },
    });
  });
}
