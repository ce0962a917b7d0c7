import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Everyone with a business or admin role may read the units of the district (to assign and show them). */
export function canListUnits(actor: Actor): boolean {
  return hasPermission(actor.roles, 'units:read');
}

export function canManageUnits(actor: Actor): boolean {
  return hasPermission(actor.roles, 'units:manage');
}
