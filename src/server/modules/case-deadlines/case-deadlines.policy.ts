import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Whoever reads tasks reads the instructions written on them (the task decides which: canSeeTask). */
export function canReadInstructionList(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read');
}
