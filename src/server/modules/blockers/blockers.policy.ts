import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export {
  blockerAbilities,
  blockersVerdicts,
  blockerVerdicts,
  canManageBlockers,
  canSeeBlocker,
  type BlockerFacts,
} from '../../../domain/abilities';

/** The office, leaders and unit users read blockers (which ones: canSeeBlocker). */
export function canReadBlockers(actor: Actor): boolean {
  return hasPermission(actor.roles, 'blockers:read');
}

export function canRaiseBlockers(actor: Actor): boolean {
  return hasPermission(actor.roles, 'blockers:raise');
}
