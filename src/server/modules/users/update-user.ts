import { separatedRolesGivenUp, type Role } from '../../../domain/roles';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { assertAccountRoles, assertNoGuardedRoleGranted, assertNotLastHolder } from './account-rules';
import { presentUser, userAuditFields } from './present-user';
import { canManageUsers } from './users.policy';
import {
  endLiveSessionsOf,
  findUserWithUnit,
  lockTenantAccounts,
  updateUserVersioned,
} from './users.repository';
import type { TUpdateUserBody, TUser } from './users.schemas';

/**
 * Changes an account. Nobody changes their own roles or disables themself, the district keeps at least one
 * active holder of each of the three administrator roles, and disabling an account or changing its roles
 * ends its sessions (so that re-enabling it does not revive them).
 */
export async function updateUser(ctx: AuthedContext, id: string, input: TUpdateUserBody): Promise<TUser> {
  assertCan(canManageUsers(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    // One account change at a time per district, so that two administrators cannot remove each other at once.
    await lockTenantAccounts(tx, ctx.actor.tenantId);
    const before = await findUserWithUnit(tx, id);
    if (!before) throw notFound();
    if (before.version !== input.version) throw await versionConflict(tx, before);
    const roles = input.roles ? [...new Set(input.roles)] : (before.roles as Role[]);
    const unitId = input.unitId !== undefined ? input.unitId : before.unitId;
    const active = input.active ?? before.active;
    const rolesChanged = [...roles].sort().join() !== [...before.roles].sort().join();
    if (id === ctx.actor.userId && (rolesChanged || !active)) throw new AppError('OWN_ROLES');
    await assertAccountRoles(tx, roles, unitId);
    assertNoGuardedRoleGranted(before.roles, roles);
    await assertNotLastHolder(tx, id, separatedRolesGivenUp(before, { roles, active }));
    const { version, ...changes } = input;
    const ok = await updateUserVersioned(tx, id, version, {
      ...changes,
      roles,
      unitId,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    const after = await findUserWithUnit(tx, id);
    if (!ok || !after) throw await versionConflict(tx, after ?? before);
    if (rolesChanged || (before.active && !active)) {
      await endLiveSessionsOf(tx, id, now);
    }
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
