import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** A unit's people appeal their own unit's published result (申诉). */
export function canFileAppeals(actor: Actor): boolean {
  return hasPermission(actor.roles, 'assessment:appeal') && actor.unitId !== null;
}

/** The office and leaders see every appeal; a unit its own (another unit's answers 404). */
export function canSeeAppeal(actor: Actor, appeal: { unitId: string }): boolean {
  return (
    hasPermission(actor.roles, 'assessment:read_all') ||
    (actor.unitId !== null && actor.unitId === appeal.unitId)
  );
}

export function canSeeAllAppeals(actor: Actor): boolean {
  return hasPermission(actor.roles, 'assessment:read_all');
}

/** The office publishes results and rules on appeals. */
export function canManageAppeals(actor: Actor): boolean {
  return hasPermission(actor.roles, 'assessment:manage');
}
