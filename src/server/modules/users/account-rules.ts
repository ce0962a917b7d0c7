import {
  credentialGuardedRoles,
  findRoleConflict,
  isCredentialGuarded,
  needsUnit,
  type Role,
  type SeparatedRole,
} from '../../../domain/roles';
import type { Executor } from '../../db/client';
import { AppError, fieldError } from '../../errors';
import { findUnit } from '../units/units.repository';
import { countOtherActiveHolders } from './users.repository';

/** 三员分立, and a unit for the roles that act for one (which must exist in this tenant). */
export async function assertAccountRoles(
  tx: Executor,
  roles: readonly Role[],
  unitId: string | null,
): Promise<void> {
  const conflict = findRoleConflict(roles);
  if (conflict) {
    throw new AppError('ROLE_CONFLICT', {
      details: {
        field: 'roles',
        roles: conflict,
        fields: [{ path: 'roles', message: '系统管理员、审计管理员、安全管理员不得与其他角色兼任' }],
      },
    });
  }
  if (needsUnit(roles) && !unitId)
    throw fieldError('VALIDATION_FAILED', 'unitId', '单位负责人、单位联络员必须属于一个单位');
  if (unitId && !(await findUnit(tx, unitId))) throw fieldError('VALIDATION_FAILED', 'unitId', '单位不存在');
}

/**
 * The auditor's and security officer's roles are given at creation only: granting one to an existing account
 * would let the administrator reset that account's password first and then make it an auditor.
 */
export function assertNoGuardedRoleGranted(before: readonly string[], after: readonly Role[]): void {
  const granted = after.filter((r) => credentialGuardedRoles.includes(r) && !before.includes(r));
  if (granted.length > 0) {
    throw new AppError('FORBIDDEN', {
      message: '审计管理员、安全管理员角色只能在新建账号时授予',
      details: {
        field: 'roles',
        roles: granted,
        fields: [{ path: 'roles', message: '审计管理员、安全管理员角色只能在新建账号时授予' }],
      },
    });
  }
}

const separatedRoleNames: Record<SeparatedRole, string> = {
  admin: '系统管理员',
  auditor: '审计管理员',
  security_officer: '安全管理员',
};

/** Refuses a change that leaves the district without an active holder of one of the three administrator roles. */
export async function assertNotLastHolder(
  tx: Executor,
  userId: string,
  givenUp: readonly SeparatedRole[],
): Promise<void> {
  for (const role of givenUp) {
    if ((await countOtherActiveHolders(tx, userId, role)) === 0) {
      throw new AppError('LAST_ROLE_HOLDER', {
        details: {
          role,
          fields: [{ path: 'roles', message: `这是本区最后一个有效的${separatedRoleNames[role]}账号` }],
        },
      });
    }
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

export function duplicateUsername(): AppError {
  return new AppError('DUPLICATE', {
    details: { field: 'username', fields: [{ path: 'username', message: '用户名已存在' }] },
  });
}

/** The administrator alone may not reset the credentials of the auditor or the security officer (三员分立). */
export function assertCredentialsResettable(target: { roles: readonly string[] }): void {
  if (isCredentialGuarded(target.roles)) throw new AppError('CREDENTIAL_RESET_BY_CLI');
}
