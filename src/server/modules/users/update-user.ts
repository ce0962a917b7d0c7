import type { Role } from '../../../domain/roles';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { versionConflict } from '../../versioning';
import { assertCan } from '../units/units.policy';
import { assertAccountRoles } from './account-rules';
import { presentUser, userAuditFields } from './present-user';
import { canManageUsers } from './users.policy';
import { findUserWithUnit, updateUserVersioned } from './users.repository';
import type { TUpdateUserBody, TUser } from './users.schemas';

export async function updateUser(ctx: AuthedContext, id: string, input: TUpdateUserBody): Promise<TUser> {
  assertCan(canManageUsers(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const before = await findUserWithUnit(tx, id);
    if (!before) throw notFound();
    if (before.version !== input.version) throw await versionConflict(tx, before);
    const roles = input.roles ? [...new Set(input.roles)] : (before.roles as Role[]);
    const unitId = input.unitId !== undefined ? input.unitId : before.unitId;
    await assertAccountRoles(tx, roles, unitId);
    const { version, ...changes } = input;
    const ok = await updateUserVersioned(tx, id, version, { ...changes, roles, unitId, updatedAt: now, updatedBy: ctx.actor.userId });
    const after = await findUserWithUnit(tx, id);
    if (!ok || !after) throw await versionConflict(tx, after ?? before);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: userAuditFields(before),
      after: userAuditFields(after),
    });
    return presentUser(after);
  });
}
