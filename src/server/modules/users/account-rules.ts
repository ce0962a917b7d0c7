import { findRoleConflict, needsUnit, type Role } from '../../../domain/roles';
import type { Executor } from '../../db/client';
import { AppError, fieldError } from '../../errors';
import { findUnit } from '../units/units.repository';

/** 三员分立, and a unit for the roles that act for one (which must exist in this tenant). */
export async function assertAccountRoles(tx: Executor, roles: readonly Role[], unitId: string | null): Promise<void> {
  const conflict = findRoleConflict(roles);
  if (conflict) {
    throw new AppError('ROLE_CONFLICT', { details: { field: 'roles', roles: conflict, fields: [{ path: 'roles', message: '系统管理员、审计管理员不得与其他角色兼任' }] } });
  }
  if (needsUnit(roles) && !unitId) throw fieldError('VALIDATION_FAILED', 'unitId', '单位负责人、单位联络员必须属于一个单位');
  if (unitId && !(await findUnit(tx, unitId))) throw fieldError('VALIDATION_FAILED', 'unitId', '单位不存在');
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

export function duplicateUsername(): AppError {
  return new AppError('DUPLICATE', { details: { field: 'username', fields: [{ path: 'username', message: '用户名已存在' }] } });
}
