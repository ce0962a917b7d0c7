/** The six roles of DESIGN.md §1. */
export const roles = ['admin', 'auditor', 'supervisor', 'leader', 'unit_head', 'unit_operator'] as const;
export type Role = (typeof roles)[number];

/** Roles that belong to a unit (their user must have a unit). */
export const unitRoles: readonly Role[] = ['unit_head', 'unit_operator'];

/**
 * 三员分立 (separation of duties, 等保2.0): the system administrator and the audit administrator are each
 * held alone — never together and never with a business role. Returns the conflicting set or null.
 */
export function findRoleConflict(assigned: readonly Role[]): Role[] | null {
  const set = new Set(assigned);
  for (const exclusive of ['admin', 'auditor'] as const) {
    if (set.has(exclusive) && set.size > 1) return [...set];
  }
  return null;
}

/** A unit head or operator acts for a unit, so the account must name one. */
export function needsUnit(assigned: readonly Role[]): boolean {
  return assigned.some((r) => unitRoles.includes(r));
}
