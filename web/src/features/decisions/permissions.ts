import type { Role } from '../../api/types';

/** The supervision office (督查室) creates decisions, edits drafts, imports and publishes; leaders only read. */
export function canManageDecisions(roles: readonly Role[]): boolean {
  return roles.includes('supervisor');
}

/** Roles that see every task of the district (and so may filter by decision and pick leaders). */
export function canSeeAllTasks(roles: readonly Role[]): boolean {
  return roles.includes('supervisor') || roles.includes('leader');
}
