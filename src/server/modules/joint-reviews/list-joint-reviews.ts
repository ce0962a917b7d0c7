import { toAbilities } from '../../../domain/abilities';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadJointReviews, canSeeAllJointReviews, jointReviewsVerdicts } from './joint-reviews.policy';
import { listReviewRows } from './joint-reviews.repository';
import type { TJointReviewList, TListJointReviewsQuery } from './joint-reviews.schemas';
import { presentReviews, toSummary } from './present-joint-review';

/**
 * Joint reviews, newest first, a page at a time: `{items, total}`, filtered by project, status, department and
 * overdue (an item pending past the deadline today). A unit user's list holds the reviews of projects their
 * unit has a role in and those where their unit is one of the departments; a contracting leader's, his projects'.
 */
export async function listJointReviews(
  ctx: AuthedContext,
  query: TListJointReviewsQuery,
): Promise<TJointReviewList> {
  assertCan(canReadJointReviews(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const scope = canSeeAllJointReviews(ctx.actor)
      ? null
      : { userId: ctx.actor.userId, unitId: ctx.actor.unitId };
    const { rows, total } = await listReviewRows(
      tx,
      scope,
      {
        projectId: query.projectId,
        status: query.status,
        unitId: query.unitId,
        overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
        today,
      },
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return {
      items: (await presentReviews(tx, ctx.actor, rows, today)).map(toSummary),
      total,
      abilities: toAbilities(jointReviewsVerdicts(ctx.actor)),
    };
  });
}
