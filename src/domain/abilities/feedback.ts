import { canDecideFeedback } from '../public-feedback';
import { hasPermission } from '../permissions';
import type { FeedbackStatus } from '../vocabulary';
import { toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The office's actions on one public message (社情民意). */
export const feedbackAbilityKeys = ['openCase', 'answer', 'close'] as const;

/** The office decides each message once: a case, an answer or a close; a case is answered afterwards. */
export function feedbackVerdicts(actor: AbilityActor, message: { status: FeedbackStatus }) {
  const office = hasPermission(actor.roles, 'feedback:manage');
  return {
    openCase: verdict(office, canDecideFeedback(message.status, 'case')),
    answer: verdict(office, canDecideFeedback(message.status, 'answer')),
    close: verdict(office, canDecideFeedback(message.status, 'close')),
  } satisfies Record<(typeof feedbackAbilityKeys)[number], Verdict>;
}

export function feedbackAbilities(actor: AbilityActor, message: { status: FeedbackStatus }) {
  return toAbilities(feedbackVerdicts(actor, message));
}
