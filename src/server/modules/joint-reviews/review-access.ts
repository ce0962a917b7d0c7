import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { canSeeJointReview } from './joint-reviews.policy';
import {
  findReview,
  itemsOfReviews,
  projectsForReviews,
  type JointReviewRow,
} from './joint-reviews.repository';

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The review as the caller may see it: the office, whoever sees its project, and the departments with an item
 * in it. A review of another district or one the caller has no part in is answered 404 alike.
 */
export async function loadVisibleReview(
  tx: Executor,
  ctx: AuthedContext,
  id: string,
): Promise<JointReviewRow> {
  if (!uuidShape.test(id)) throw notFound();
  const review = await findReview(tx, id);
  if (!review) throw notFound();
  const project = (await projectsForReviews(tx, [review.projectId])).get(review.projectId);
  const unitIds = (await itemsOfReviews(tx, [review.id])).map((i) => i.item.unitId);
  if (!project || !canSeeJointReview(ctx.actor, project.facts, unitIds)) throw notFound();
  return review;
}
