import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Reads the schemes, entries and published results. */
export function canReadAssessment(actor: Actor): boolean {
  return hasPermission(actor.roles, 'assessment:read');
}

/** The supervision office edits schemes and entries, computes and publishes results. */
export function canManageAssessment(actor: Actor): boolean {
  return hasPermission(actor.roles, 'assessment:manage');
}

/** The office and leaders see every unit's entries and results; others only their own unit's. */
export function canSeeAllAssessment(actor: Actor): boolean {
  return hasPermission(actor.roles, 'assessment:read_all');
}
