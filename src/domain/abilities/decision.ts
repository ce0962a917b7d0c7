import { hasPermission } from '../permissions';
import { toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The actions of `decisionVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const decisionAbilityKeys = ['delete'] as const;

/** A decision (决策部署) entered by mistake is deleted while none of its tasks is published (editing is `manageDecisions`). */
export function decisionVerdicts(actor: AbilityActor, counts: { published: number }) {
  return {
    delete: verdict(hasPermission(actor.roles, 'decisions:manage'), counts.published === 0),
  } satisfies Record<(typeof decisionAbilityKeys)[number], Verdict>;
}
export type DecisionAbilities = Record<keyof ReturnType<typeof decisionVerdicts>, boolean>;

export function decisionAbilities(actor: AbilityActor, counts: { published: number }): DecisionAbilities {
  return toAbilities(decisionVerdicts(actor, counts));
}
