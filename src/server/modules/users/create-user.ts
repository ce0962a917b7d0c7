import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { insertPasswordHistory } from '../auth/auth.repository';
import { generatePassword, hashPassword } from '../auth/passwords';
import { assertCan } from '../../policy/assert';
import { assertAccountRoles, duplicateUsername, isUniqueViolation } from './account-rules';
import { presentUser, userAuditFields } from './present-user';
import { canManageUsers } from './users.policy';
import { findUserWithUnit, insertUser, usernameTaken } from './users.repository';
import type { TCreateUserBody, TUser } from './users.schemas';

/** Creates an account with a one-time password that must be changed at the first login. */
export async function createUser(
  ctx: AuthedContext,
  input: TCreateUserBody,
): Promise<{ user: TUser; initialPassword: string }> {
  assertCan(canManageUsers(ctx.actor));
  const now = ctx.clock.now();
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  try {
    return await tenantTx(ctx, async (tx) => {
      const unitId = input.unitId ?? null;
      await assertAccountRoles(tx, input.roles, unitId);
      if (await usernameTaken(tx, input.username)) throw duplicateUsername();
      const id = uuidv7();
      await insertUser(tx, {
        id,
        tenantId: ctx.actor.tenantId,
        username: input.username,
        displayName: input.displayName,
        unitId,
        roles: [...new Set(input.roles)],
        phone: input.phone ?? null,
        email: input.email ?? null,
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
      await insertPasswordHistory(tx, {
        id: uuidv7(),
        tenantId: ctx.actor.tenantId,
        userId: id,
        passwordHash,
        createdAt: now,
      });
      const user = await findUserWithUnit(tx, id);
      if (!user) throw new AppError('INTERNAL');
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        after: userAuditFields(user),
      });
      return { user: presentUser(user), initialPassword };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateUsername();
    throw error;
  }
}
