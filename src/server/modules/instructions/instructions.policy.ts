import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Leaders write instructions (批示) on tasks. */
export function canWriteInstructions(actor: Actor): boolean {
  return hasPermission(actor.roles, 'instructions:write');
}
