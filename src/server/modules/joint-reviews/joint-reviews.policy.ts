import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export {
  canSeeJointReview,
  jointReviewItemAbilities,
  jointReviewItemVerdicts,
  jointReviewsVerdicts,
} from '../../../domain/abilities';

/** The office, leaders and unit users read joint reviews (which ones: canSeeJointReview / the list scope). */
export function canReadJointReviews(actor: Actor): boolean {
  return hasPermission(actor.roles, 'joint_reviews:read');
}

/** The office sees every review of the district; so do district leaders (they see every project). */
export function canSeeAllJointReviews(actor: Actor): boolean {
  return (
    hasPermission(actor.roles, 'joint_reviews:manage') || hasPermission(actor.roles, 'projects:read_all')
  );
}

/** The office opens reviews. */
export function canOpenJointReviews(actor: Actor): boolean {
  return hasPermission(actor.roles, 'joint_reviews:manage');
}

/** Departments answer their items (their own unit's only: the item verdict decides). */
export function canAnswerJointReviews(actor: Actor): boolean {
  return hasPermission(actor.roles, 'joint_reviews:answer');
}
