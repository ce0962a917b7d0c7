import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export function canManageSupervision(actor: Actor): boolean {
  return hasPermission(actor.roles, 'supervision:manage');
}

export function canReadSupervision(actor: Actor): boolean {
  return hasPermission(actor.roles, 'supervision:read');
}

/** A unit user sees a case that names the unit, and the unit's own rectifications and records. */
export function canSeeUnitItem(actor: Actor, unitIds: readonly string[]): boolean {
  if (hasPermission(actor.roles, 'supervision:read_all')) return true;
  return canReadSupervision(actor) && actor.unitId !== null && unitIds.includes(actor.unitId);
}

/** The office and leaders see every case, rectification and measure; a unit only its own. */
export function canSeeAllSupervision(actor: Actor): boolean {
  return hasPermission(actor.roles, 'supervision:read_all');
}
export {
  caseAbilities,
  caseVerdicts,
  isUnitUserOf,
  rectificationAbilities,
  rectificationVerdicts,
} from '../../../domain/abilities';
