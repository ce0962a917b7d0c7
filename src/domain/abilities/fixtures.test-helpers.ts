import type { Role } from '../roles';
import type { Verdict } from './verdict';

/** The people of the ability tests: units A (leads) and B (cooperates); C is a unit with no part. */
export const actors = {
  supervisor: { userId: 'u-sup', unitId: null, roles: ['supervisor'] as Role[] },
  leader: { userId: 'u-lead', unitId: null, roles: ['leader'] as Role[] },
  headA: { userId: 'u-ha', unitId: 'A', roles: ['unit_head'] as Role[] },
  operatorA: { userId: 'u-oa', unitId: 'A', roles: ['unit_operator'] as Role[] },
  operatorB: { userId: 'u-ob', unitId: 'B', roles: ['unit_operator'] as Role[] },
  headC: { userId: 'u-hc', unitId: 'C', roles: ['unit_head'] as Role[] },
  admin: { userId: 'u-adm', unitId: null, roles: ['admin'] as Role[] },
  auditor: { userId: 'u-aud', unitId: null, roles: ['auditor'] as Role[] },
  security: { userId: 'u-sec', unitId: null, roles: ['security_officer'] as Role[] },
};
export type ActorKey = keyof typeof actors;
export const actorKeys = Object.keys(actors) as ActorKey[];

/** A row of a spec table: who may do it, and in which states (all states when omitted). */
export interface Rule<S extends string> {
  who: readonly ActorKey[];
  when?: readonly S[];
}

/** The verdict a spec row gives for an actor and a state. */
export function expected<S extends string>(rule: Rule<S>, actor: ActorKey, state: S): Verdict {
  if (!rule.who.includes(actor)) return 'role';
  return !rule.when || rule.when.includes(state) ? 'yes' : 'state';
}
