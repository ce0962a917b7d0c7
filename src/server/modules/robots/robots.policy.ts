import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** The office (督查室) and the administrator set up the group robots, test-send and see their failures. */
export function canManageRobots(actor: Actor): boolean {
  return hasPermission(actor.roles, 'robots:manage');
}
