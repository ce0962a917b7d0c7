import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Whoever reads tasks reads shares (the task and canSeeShare decide which). */
export function canReadShares(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read');
}

/** 待报送的配合任务 belongs to a unit's people. */
export function canOweShares(actor: Actor): boolean {
  return (
    actor.unitId !== null && (actor.roles.includes('unit_head') || actor.roles.includes('unit_operator'))
  );
}

export {
  canSeeShare,
  taskShareAbilities,
  taskShareVerdicts,
  taskSharesVerdicts,
} from '../../../domain/shares';
