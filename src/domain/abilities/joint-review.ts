import { hasPermission } from '../permissions';
import type { JointReviewStatus } from '../vocabulary';
import { canSeeProject, type ProjectFacts } from './project';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The actions on joint reviews as a whole (the list page). */
export const jointReviewsAbilityKeys = ['open'] as const;
/** The actions on one department's item. */
export const jointReviewItemAbilityKeys = ['answer'] as const;

/** 联审联批: the office opens reviews. */
export function jointReviewsVerdicts(actor: AbilityActor) {
  return {
    open: verdict(hasPermission(actor.roles, 'joint_reviews:manage')),
  } satisfies Record<(typeof jointReviewsAbilityKeys)[number], Verdict>;
}

/**
 * Who reads a review: the office; whoever sees its project (the project's units — its street office is the
 * applicant —, its contracting leaders, district leaders); and each department that has an item in it.
 * Anyone else is answered 404.
 */
export function canSeeJointReview(
  actor: AbilityActor,
  project: ProjectFacts,
  itemUnitIds: readonly string[],
): boolean {
  if (!hasPermission(actor.roles, 'joint_reviews:read')) return false;
  if (hasPermission(actor.roles, 'joint_reviews:manage') || canSeeProject(actor, project)) return true;
  return actor.unitId !== null && itemUnitIds.includes(actor.unitId);
}

/** A department's item: only that department's people answer it, while the review is open. */
export function jointReviewItemVerdicts(
  actor: AbilityActor,
  review: { status: JointReviewStatus },
  item: { unitId: string },
) {
  return {
    answer: verdict(
      hasPermission(actor.roles, 'joint_reviews:answer') && isUnitUserOf(actor, [item.unitId]),
      review.status === 'open',
    ),
  } satisfies Record<(typeof jointReviewItemAbilityKeys)[number], Verdict>;
}

export function jointReviewItemAbilities(
  actor: AbilityActor,
  review: { status: JointReviewStatus },
  item: { unitId: string },
) {
  return toAbilities(jointReviewItemVerdicts(actor, review, item));
}
