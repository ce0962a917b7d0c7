import { tenantTx, type AuthedContext } from '../../context';
import { decideFeedback } from './decide-feedback';
import type { TCloseFeedbackBody, TFeedback } from './feedback.schemas';

/** Closes a pending message as not actionable (不予受理), with the reason the sender will read. */
export async function closeFeedback(
  ctx: AuthedContext,
  id: string,
  body: TCloseFeedbackBody,
): Promise<TFeedback> {
  return tenantTx(ctx, (tx) =>
    decideFeedback(tx, ctx, { id, version: body.version, decision: 'close' }, async () => ({
      status: 'closed',
      closeReason: body.reason,
    })),
  );
}
