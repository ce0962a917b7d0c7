import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Decisions are the office's and the leaders' business; units see the tasks that come out of them. */
export function canReadDecisions(actor: Actor): boolean {
  return hasPermission(actor.roles, 'decisions:read');
}

export function canManageDecisions(actor: Actor): boolean {
  return hasPermission(actor.roles, 'decisions:manage');
}

export { decisionAbilities } from '../../../domain/abilities';
