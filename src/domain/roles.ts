/** The seven roles of DESIGN.md §1. */
export const roles = [
  'admin',
  'auditor',
  'security_officer',
  'supervisor',
  'leader',
  'unit_head',
  'unit_operator',
] as const;
export type Role = (typeof roles)[number];

/** Roles that belong to a unit (their user must have a unit). */
export const unitRoles: readonly Role[] = ['unit_head', 'unit_operator'];

/**
 * The three administrators of 三员分立 (等保2.0): system (系统管理员), audit (审计管理员) and security
 * (安全管理员). Each is held alone, and a district never loses its last holder of one.
 */
export const separatedRoles = ['admin', 'auditor', 'security_officer'] as const satisfies readonly Role[];
export type SeparatedRole = (typeof separatedRoles)[number];

/**
 * The accounts whose credentials (password, TOTP) the system administrator may not reset alone: the other two
 * of the three, whose work is to watch the administrator. The CLI on the server resets them.
 */
export const credentialGuardedRoles: readonly Role[] = ['auditor', 'security_officer'];

export function isCredentialGuarded(assigned: readonly string[]): boolean {
  return assigned.some((r) => credentialGuardedRoles.includes(r as Role));
}

/**
 * 三员分立 (separation of duties, 等保2.0): the system, audit and security administrators are each held
 * alone — never together and never with a business role. Returns the conflicting set or null.
 */
export function findRoleConflict(assigned: readonly Role[]): Role[] | null {
  const set = new Set(assigned);
  for (const exclusive of separatedRoles) {
    if (set.has(exclusive) && set.size > 1) return [...set];
  }
  return null;
}

/** A unit head or operator acts for a unit, so the account must name one. */
export function needsUnit(assigned: readonly Role[]): boolean {
  return assigned.some((r) => unitRoles.includes(r));
}

/**
 * The separated roles an account change takes away from the district: a role the account held and loses, or
 * every role it held when it is disabled. The caller refuses when no other active account holds one of them.
 */
export function separatedRolesGivenUp(
  before: { roles: readonly string[]; active: boolean },
  after: { roles: readonly string[]; active: boolean },
): SeparatedRole[] {
  if (!before.active) return [];
  return separatedRoles.filter(
    (r) => before.roles.includes(r) && (!after.active || !after.roles.includes(r)),
  );
}
