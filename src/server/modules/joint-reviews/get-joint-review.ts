import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadJointReviews } from './joint-reviews.policy';
import type { TJointReview } from './joint-reviews.schemas';
import { presentReviews } from './present-joint-review';
import { loadVisibleReview } from './review-access';

/** One review as the applicant's page shows it: every department's state, answer, days taken, overdue flag. */
export async function getJointReview(ctx: AuthedContext, id: string): Promise<TJointReview> {
  assertCan(canReadJointReviews(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const review = await loadVisibleReview(tx, ctx, id);
    return (await presentReviews(tx, ctx.actor, [review], shanghaiDate(ctx.clock.now())))[0] as TJointReview;
  });
}
