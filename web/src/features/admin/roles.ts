import type { Role } from '../../api/types';
import { findRoleConflict, needsUnit } from '../../../../src/domain/roles';

/** The form checks what the server will check (三员分立, a unit for unit roles) with the domain's own rules. */
export { needsUnit };

export const ROLE_COLORS: Record<Role, string> = {
  admin: 'purple',
  auditor: 'magenta',
  security_officer: 'red',
  supervisor: 'blue',
  leader: 'gold',
  unit_head: 'cyan',
  unit_operator: 'green',
};

/** True when one of the three administrators (三员) is held together with another role. */
export function hasRoleConflict(roles: readonly Role[]): boolean {
  return findRoleConflict(roles) !== null;
}
