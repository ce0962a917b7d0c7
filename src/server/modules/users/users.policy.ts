import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Accounts are the system administrator's business alone (三员分立). */
export function canManageUsers(actor: Actor): boolean {
  return hasPermission(actor.roles, 'users:manage');
}
