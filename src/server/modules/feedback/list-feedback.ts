import type { FeedbackStatus } from '../../../domain/vocabulary';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { listFeedbackRows } from './feedback.repository';
import { canReadFeedback } from './feedback.policy';
import type { TFeedback } from './feedback.schemas';
import { presentFeedback } from './present-feedback';

/** The district's public messages, newest first, optionally of one status (the review queue: pending). */
export async function listFeedback(
  ctx: AuthedContext,
  status: FeedbackStatus | undefined,
): Promise<TFeedback[]> {
  assertCan(canReadFeedback(ctx.actor));
  return tenantTx(ctx, async (tx) =>
    (await listFeedbackRows(tx, status)).map((r) => presentFeedback(ctx.actor, r.message, r.decidedByName)),
  );
}
