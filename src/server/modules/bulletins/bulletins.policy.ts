import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export function canReadBulletins(actor: Actor): boolean {
  return hasPermission(actor.roles, 'bulletins:read');
}

/** The supervision office composes and issues bulletins. */
export function canManageBulletins(actor: Actor): boolean {
  return hasPermission(actor.roles, 'bulletins:manage');
}
