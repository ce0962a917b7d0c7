import { hasPermission } from '../permissions';
import type { AppealStatus } from '../vocabulary';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The actions on one appeal (申诉) against a published assessment result. */
export const appealAbilityKeys = ['rule'] as const;

/** The office rules on a pending appeal; a ruled appeal is final. */
export function appealVerdicts(actor: AbilityActor, appeal: { status: AppealStatus }) {
  return {
    rule: verdict(hasPermission(actor.roles, 'assessment:manage'), appeal.status === 'pending'),
  } satisfies Record<(typeof appealAbilityKeys)[number], Verdict>;
}

export function appealAbilities(actor: AbilityActor, appeal: { status: AppealStatus }) {
  return toAbilities(appealVerdicts(actor, appeal));
}

/** The actions on a year's publication (公示). */
export const publicationAbilityKeys = ['publish', 'update', 'appeal'] as const;

/**
 * The office publishes a finalized year once and may then change whether it is public; a unit's people appeal
 * their own unit's result while the window is open.
 */
export function publicationVerdicts(
  actor: AbilityActor,
  state: { isFinalized: boolean; isPublished: boolean; isWindowOpen: boolean; unitId: string | null },
) {
  const office = hasPermission(actor.roles, 'assessment:manage');
  return {
    publish: verdict(office, state.isFinalized && !state.isPublished),
    update: verdict(office, state.isPublished),
    appeal: verdict(
      hasPermission(actor.roles, 'assessment:appeal') &&
        state.unitId !== null &&
        isUnitUserOf(actor, [state.unitId]),
      state.isPublished && state.isWindowOpen,
    ),
  } satisfies Record<(typeof publicationAbilityKeys)[number], Verdict>;
}
