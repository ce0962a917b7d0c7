import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Whoever reads tasks reads shares (the task and canSeeShare decide which). */
export function canReadShares(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read');
}

/** A unit's people send shares (co-unit) and return them (lead unit); 待报送的配合任务 is theirs too. */
export function canWriteShares(actor: Actor): boolean {
  return hasPermission(actor.roles, 'shares:write');
}

export {
  canSeeCooperationRating,
  canSeeShare,
  cooperationRatingsVerdicts,
  taskShareAbilities,
  taskShareVerdicts,
  taskSharesVerdicts,
} from '../../../domain/shares';
