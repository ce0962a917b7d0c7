import { feedbackVerdicts } from '../../../domain/abilities';
import type { FeedbackDecision } from '../../../domain/public-feedback';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { lockRow } from '../../db/row-lock';
import { feedbackMessages } from '../../db/schema-public';
import { notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { canManageFeedback } from './feedback.policy';
import { versionConflict } from '../../versioning';
import {
  decidedByName,
  findFeedback,
  updateFeedbackVersioned,
  type FeedbackRow,
} from './feedback.repository';
import type { TFeedback } from './feedback.schemas';
import { presentFeedback } from './present-feedback';

const abilityOf = { case: 'openCase', answer: 'answer', close: 'close' } as const;
const actionOf = {
  case: 'feedback.case_opened',
  answer: 'feedback.answered',
  close: 'feedback.closed',
} as const;

/**
 * One decision of the office on a message, in the caller's transaction: locks the row, checks the ability
 * (403 for others, 409 when the state forbids it) and the version (409), applies the change the use case
 * computes, audits before/after without the contact, and presents the result.
 */
export async function decideFeedback(
  tx: Executor,
  ctx: AuthedContext,
  input: { id: string; version: number; decision: FeedbackDecision },
  change: (row: FeedbackRow) => Promise<Partial<typeof feedbackMessages.$inferInsert>>,
): Promise<TFeedback> {
  // Who may decide at all is asked first: another role learns nothing, not even whether the message exists.
  assertCan(canManageFeedback(ctx.actor));
  await lockRow(tx, feedbackMessages, input.id);
  const row = await findFeedback(tx, input.id);
  if (!row) throw notFound();
  assertAbility(feedbackVerdicts(ctx.actor, row), abilityOf[input.decision], {
    state: '该留言已处理',
  });
  if (input.version !== row.version) throw await versionConflict(tx, row);
  const now = ctx.clock.now();
  const values = await change(row);
  const updated = await updateFeedbackVersioned(tx, row.id, row.version, {
    ...values,
    decidedBy: ctx.actor.userId,
    decidedAt: now,
    updatedAt: now,
    updatedBy: ctx.actor.userId,
  });
  if (!updated) throw await versionConflict(tx, row);
  const shown = (r: FeedbackRow) => ({
    status: r.status,
    caseId: r.caseId,
    answer: r.answer,
    isPublished: r.isPublished,
    publicMessage: r.publicMessage,
    closeReason: r.closeReason,
  });
  await recordAudit(tx, {
    ...auditBase(ctx),
    action: actionOf[input.decision],
    entityType: 'feedback',
    entityId: row.id,
    before: shown(row),
    after: shown(updated),
  });
  return presentFeedback(ctx.actor, updated, await decidedByName(tx, updated.decidedBy));
}
