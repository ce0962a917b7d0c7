import { tenantTx, type AuthedContext } from '../../context';
import { decideFeedback } from './decide-feedback';
import type { TAnswerFeedbackBody, TFeedback } from './feedback.schemas';

/**
 * Answers a message (directly, or after its case was dealt with). Published, the answer shows on the
 * public page beside the public text the office wrote, never beside the message itself.
 */
export async function answerFeedback(
  ctx: AuthedContext,
  id: string,
  body: TAnswerFeedbackBody,
): Promise<TFeedback> {
  return tenantTx(ctx, (tx) =>
    decideFeedback(tx, ctx, { id, version: body.version, decision: 'answer' }, async () => ({
      status: 'answered',
      answer: body.answer,
      isPublished: body.publish,
      publicMessage: body.publish ? (body.publicMessage ?? null) : null,
    })),
  );
}
