import type { Role } from '../roles';

/** Who is asking: enough of the signed-in user for every ability rule (the server's Actor satisfies it). */
export interface AbilityActor {
  userId: string;
  unitId: string | null;
  roles: readonly Role[];
}

/**
 * Why an action is or is not open: `yes`; `role` — this actor may never do it here (403); `state` — the
 * actor may, but not in the object's current state (409 INVALID_TRANSITION). Use cases need the reason,
 * the web only the yes/no.
 */
export type Verdict = 'yes' | 'role' | 'state';

/** The verdict of an action the actor is entitled to (`who`) only in some states (`when`). */
export function verdict(who: boolean, when = true): Verdict {
  if (!who) return 'role';
  return when ? 'yes' : 'state';
}

/** The yes/no map the API sends with an object: true where the verdict is `yes`. */
export function toAbilities<K extends string>(verdicts: Readonly<Record<K, Verdict>>): Record<K, boolean> {
  const out = {} as Record<K, boolean>;
  for (const key of Object.keys(verdicts) as K[]) out[key] = verdicts[key] === 'yes';
  return out;
}

/** A unit head or operator of one of the given units: the people who act for a unit. */
export function isUnitUserOf(actor: AbilityActor, unitIds: readonly string[]): boolean {
  return (
    actor.unitId !== null &&
    unitIds.includes(actor.unitId) &&
    actor.roles.some((r) => r === 'unit_head' || r === 'unit_operator')
  );
}
