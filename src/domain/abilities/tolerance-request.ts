import { hasPermission } from '../permissions';
import type { ToleranceStatus } from '../vocabulary';
import { toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The actions on one tolerance request (容错纠错). */
export const toleranceRequestAbilityKeys = ['prepare', 'rule'] as const;

/**
 * The office prepares a filed request (its opinion; again while it awaits the ruling); a district leader rules
 * on it for the committee once prepared. A ruled request is final.
 */
export function toleranceRequestVerdicts(actor: AbilityActor, request: { status: ToleranceStatus }) {
  return {
    prepare: verdict(
      hasPermission(actor.roles, 'tolerance:prepare'),
      request.status === 'filed' || request.status === 'prepared',
    ),
    rule: verdict(hasPermission(actor.roles, 'tolerance:rule'), request.status === 'prepared'),
  } satisfies Record<(typeof toleranceRequestAbilityKeys)[number], Verdict>;
}

export function toleranceRequestAbilities(actor: AbilityActor, request: { status: ToleranceStatus }) {
  return toAbilities(toleranceRequestVerdicts(actor, request));
}
