import { mayEscalate, statusAllows } from '../blockers';
import { hasPermission } from '../permissions';
import type { BlockerLevel, BlockerStatus } from '../vocabulary';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** What the rules need of a blocker and of the project or task it hangs from. */
export interface BlockerFacts {
  level: BlockerLevel;
  status: BlockerStatus;
  raisedByUnitId: string;
  ownerUnitId: string;
  ownerUserId: string | null;
  askedUnitIds: readonly string[];
  /** The units holding a role in the project (or leading / cooperating on the task). */
  holderUnitIds: readonly string[];
  /** The project's contracting leaders (or the task's lead leader). */
  leaderIds: readonly string[];
}

export function canManageBlockers(actor: AbilityActor): boolean {
  return hasPermission(actor.roles, 'blockers:manage');
}

/**
 * The office sees every blocker; a leader those he owns and those of his projects and tasks; a unit those of
 * its projects and tasks, and those it raised, owns or is asked to help with. Nobody else (404).
 */
export function canSeeBlocker(actor: AbilityActor, b: BlockerFacts): boolean {
  if (canManageBlockers(actor)) return true;
  if (!hasPermission(actor.roles, 'blockers:read')) return false;
  if (b.ownerUserId === actor.userId || b.leaderIds.includes(actor.userId)) return true;
  return isUnitUserOf(actor, [b.raisedByUnitId, b.ownerUnitId, ...b.askedUnitIds, ...b.holderUnitIds]);
}

/** The actions on one blocker, in the API's order. */
export const blockerAbilityKeys = ['escalate', 'resolve', 'confirm', 'reject', 'close', 'addFile'] as const;

/** Whether the actor owns the blocker at its current level (the unit at `unit`, the leader at `leader`). */
export function ownsBlockerNow(actor: AbilityActor, b: BlockerFacts): boolean {
  if (b.level === 'unit') return isUnitUserOf(actor, [b.ownerUnitId]);
  if (b.level === 'leader') return b.ownerUserId !== null && b.ownerUserId === actor.userId;
  return false;
}

export function blockerVerdicts(actor: AbilityActor, b: BlockerFacts) {
  const office = canManageBlockers(actor);
  const raiser = isUnitUserOf(actor, [b.raisedByUnitId]);
  const owner = ownsBlockerNow(actor, b);
  return {
    // One step up with a reason: the office at any level, the owner at its own level.
    escalate: verdict(office || owner, mayEscalate(b)),
    // The owner proposes what was done; the owning unit keeps working on it at every level.
    resolve: verdict(
      office || owner || isUnitUserOf(actor, [b.ownerUnitId]),
      statusAllows(b.status, 'resolve'),
    ),
    confirm: verdict(raiser, statusAllows(b.status, 'confirm')),
    reject: verdict(raiser, statusAllows(b.status, 'reject')),
    close: verdict(office, statusAllows(b.status, 'close')),
    addFile: verdict(
      office || raiser || owner || isUnitUserOf(actor, [b.ownerUnitId]),
      b.status !== 'resolved' && b.status !== 'closed',
    ),
  } satisfies Record<(typeof blockerAbilityKeys)[number], Verdict>;
}

export function blockerAbilities(actor: AbilityActor, b: BlockerFacts) {
  return toAbilities(blockerVerdicts(actor, b));
}

/** The actions on the ledger as a whole. */
export const blockersAbilityKeys = ['raise', 'export'] as const;

export function blockersVerdicts(actor: AbilityActor) {
  return {
    raise: verdict(hasPermission(actor.roles, 'blockers:raise') && actor.unitId !== null),
    export: verdict(hasPermission(actor.roles, 'blockers:read')),
  } satisfies Record<(typeof blockersAbilityKeys)[number], Verdict>;
}
