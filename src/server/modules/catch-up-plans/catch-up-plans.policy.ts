import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Whoever reads tasks reads their catch-up plans (the task itself decides which: canSeeTask). */
export function canReadCatchUpPlans(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read');
}

/** Unit people send plans; the ability rule then asks whether their unit leads the task. */
export function canSendCatchUpPlans(actor: Actor): boolean {
  return hasPermission(actor.roles, 'catch_up_plans:submit');
}

export function canReviewCatchUpPlans(actor: Actor): boolean {
  return hasPermission(actor.roles, 'catch_up_plans:review');
}
