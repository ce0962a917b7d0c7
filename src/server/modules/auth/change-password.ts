import { uuidv7 } from 'uuidv7';
import { checkPasswordStrength } from '../../../domain/password-policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { loadSettings } from '../settings/settings.repository';
import {
  clearFailures,
  endOtherSessions,
  insertPasswordHistory,
  lockUserById,
  recentPasswordHashes,
  setUserRow,
} from './auth.repository';
import { countWrongSecret, refuseIfLocked } from './own-secret';
import type { TChangePasswordBody, TMe } from './auth.schemas';
import { hashPassword, verifyPassword } from './passwords';
import { presentMe } from './present-me';

/**
 * Changes the caller's own password: the old one must be right, the new one strong and not one of the last
 * few. A wrong old password counts toward the lockout like a failed login (a lock ends the session). Other
 * sessions of the user end, this one goes on.
 */
export async function changePassword(ctx: AuthedContext, input: TChangePasswordBody): Promise<TMe> {
  const now = ctx.clock.now();
  const outcome = await tenantTx(ctx, async (tx): Promise<{ me: TMe } | { error: AppError }> => {
    const user = await lockUserById(tx, ctx.actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const settings = await loadSettings(tx, user.tenantId);
    const locked = await refuseIfLocked(tx, ctx, user);
    if (locked) return { error: locked };
    if (!(await verifyPassword(user.passwordHash, input.oldPassword))) {
      return {
        error: await countWrongSecret(
          tx,
          ctx,
          user,
          settings,
          'wrong_current_password',
          fieldError('WRONG_PASSWORD', 'oldPassword'),
        ),
      };
    }
    await clearFailures(tx, user.id);
    if (!checkPasswordStrength(input.newPassword, settings['password.minLength']).ok) {
      throw fieldError('WEAK_PASSWORD', 'newPassword');
    }
    const recent = await recentPasswordHashes(tx, user.id, settings['password.historyCount']);
    for (const old of [user.passwordHash, ...recent]) {
      if (await verifyPassword(old, input.newPassword)) throw fieldError('PASSWORD_REUSED', 'newPassword');
    }
    const passwordHash = await hashPassword(input.newPassword);
    const updated = await setUserRow(tx, user.id, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: false,
      version: user.version + 1,
      updatedAt: now,
      updatedBy: user.id,
    });
    await insertPasswordHistory(tx, {
      id: uuidv7(),
      tenantId: user.tenantId,
      userId: user.id,
      passwordHash,
      createdAt: now,
    });
    await endOtherSessions(tx, user.id, ctx.actor.sessionId, now);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
    return { me: await presentMe(tx, updated ?? user, settings, now) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.me;
}
