import { toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The actions on one evidence attachment. */
export const attachmentAbilityKeys = ['delete'] as const;

/** An attachment not yet attached to anything can be withdrawn by whoever sent it; attached, it is evidence. */
export function attachmentVerdicts(actor: AbilityActor, a: { createdBy: string; ownerId: string | null }) {
  return {
    delete: verdict(a.createdBy === actor.userId, a.ownerId === null),
  } satisfies Record<(typeof attachmentAbilityKeys)[number], Verdict>;
}

export function attachmentAbilities(actor: AbilityActor, a: { createdBy: string; ownerId: string | null }) {
  return toAbilities(attachmentVerdicts(actor, a));
}
