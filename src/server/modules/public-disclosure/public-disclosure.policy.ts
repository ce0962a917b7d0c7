import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** The office marks which tasks are public (公开). */
export function canManageDisclosure(actor: Actor): boolean {
  return hasPermission(actor.roles, 'disclosure:manage');
}
