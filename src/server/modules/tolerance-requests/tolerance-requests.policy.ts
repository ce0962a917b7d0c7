import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** A unit's people file requests for their own unit (容错纠错). */
export function canFileToleranceRequests(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tolerance:file') && actor.unitId !== null;
}

export function canReadToleranceRequests(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tolerance:file') || hasPermission(actor.roles, 'tolerance:read_all');
}

export function canReadAllToleranceRequests(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tolerance:read_all');
}

/** The office and leaders see every request; a unit its own (others answer 404). */
export function canSeeToleranceRequest(actor: Actor, request: { unitId: string }): boolean {
  return canReadAllToleranceRequests(actor) || (actor.unitId !== null && actor.unitId === request.unitId);
}

/** The office prepares requests (审核). */
export function canPrepareToleranceRequests(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tolerance:prepare');
}

/** A district leader rules on them for the committee (认定). */
export function canRuleToleranceRequests(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tolerance:rule');
}
