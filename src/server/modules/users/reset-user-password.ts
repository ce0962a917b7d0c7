import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { insertPasswordHistory } from '../auth/auth.repository';
import { generatePassword, hashPassword } from '../auth/passwords';
import { assertCan } from '../../policy/assert';
import { assertCredentialsResettable } from './account-rules';
import { presentUser } from './present-user';
import { canManageUsers } from './users.policy';
import { endAllSessionsOf, findUserWithUnit, setUserFields } from './users.repository';
import type { TUser } from './users.schemas';

/**
 * Sets a one-time password (changed at the next login), unlocks the account and ends its sessions.
 * Not for the auditor or the security officer: their passwords are reset with the CLI on the server.
 */
export async function resetUserPassword(
  ctx: AuthedContext,
  id: string,
): Promise<{ user: TUser; initialPassword: string }> {
  assertCan(canManageUsers(ctx.actor));
  const now = ctx.clock.now();
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  return tenantTx(ctx, async (tx) => {
    const before = await findUserWithUnit(tx, id);
    if (!before) throw notFound();
    assertCredentialsResettable(before);
    await setUserFields(tx, id, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: true,
      lockedUntil: null,
      version: before.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await insertPasswordHistory(tx, {
      id: uuidv7(),
      tenantId: before.tenantId,
      userId: id,
      passwordHash,
      createdAt: now,
    });
    await endAllSessionsOf(tx, id, now);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
    });
    const after = await findUserWithUnit(tx, id);
    return { user: presentUser(after ?? before), initialPassword };
  });
}
