import type { Role } from '../../../domain/roles';
import { iso } from '../../http';
import type { UserWithUnit } from './users.repository';
import type { TUser } from './users.schemas';

export function presentUser(row: UserWithUnit): TUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    unitId: row.unitId,
    unitName: row.unitName,
    roles: row.roles as Role[],
    phone: row.phone,
    email: row.email,
    active: row.active,
    lockedUntil: iso(row.lockedUntil),
    mustChangePassword: row.mustChangePassword,
    totpEnabled: row.totpEnabledAt !== null,
    lastLoginAt: iso(row.lastLoginAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** The fields of a user written to the audit log (never the password hash). */
export function userAuditFields(row: UserWithUnit): Record<string, unknown> {
  return {
    username: row.username,
    displayName: row.displayName,
    unitId: row.unitId,
    roles: row.roles,
    phone: row.phone,
    email: row.email,
    active: row.active,
  };
}
