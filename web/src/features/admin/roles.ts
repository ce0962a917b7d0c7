import type { Role } from '../../api/types';

/** Roles that may not be combined with any other (三员分立). */
export const EXCLUSIVE_ROLES: readonly Role[] = ['admin', 'auditor', 'security_officer'];
/** Roles that act for a unit and therefore need one. */
export const UNIT_ROLES: readonly Role[] = ['unit_head', 'unit_operator'];

export const ROLE_COLORS: Record<Role, string> = {
  admin: 'purple',
  auditor: 'magenta',
  security_officer: 'red',
  supervisor: 'blue',
  leader: 'gold',
  unit_head: 'cyan',
  unit_operator: 'green',
};

/** True when admin or auditor is held together with another role. */
export function hasRoleConflict(roles: readonly Role[]): boolean {
  return roles.length > 1 && roles.some((r) => EXCLUSIVE_ROLES.includes(r));
}

export function needsUnit(roles: readonly Role[]): boolean {
  return roles.some((r) => UNIT_ROLES.includes(r));
}
