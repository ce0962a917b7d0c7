import { isLocked } from '../../../domain/lockout';
import type { Settings } from '../../../domain/settings';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { endSession, type UserRow } from './auth.repository';
import { countLoginFailure } from './login';

/**
 * A logged-in user proving a secret again (the current password to change it; password and code to turn TOTP
 * off) is held to the login lockout, so that a stolen session cannot guess the password: while the account is
 * locked the session ends and the answer is 423. The caller holds the user's row lock (lockUserById).
 */
export async function refuseIfLocked(
  tx: Executor,
  ctx: AuthedContext,
  user: UserRow,
): Promise<AppError | null> {
  const now = ctx.clock.now();
  if (!isLocked(user.lockedUntil, now)) return null;
  await endSession(tx, ctx.actor.sessionId, now);
  return new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: user.lockedUntil?.toISOString() } });
}

/**
 * Counts a wrong secret like a failed login; a lock it causes ends the session. Returns the error to answer:
 * the caller lets its transaction commit (the failure stays counted) and throws it afterwards.
 */
export async function countWrongSecret(
  tx: Executor,
  ctx: AuthedContext,
  user: UserRow,
  settings: Settings,
  reason: 'wrong_current_password' | 'wrong_second_factor',
  wrong: AppError,
): Promise<AppError> {
  const now = ctx.clock.now();
  const locked = await countLoginFailure(tx, user, settings, now, (action, extra) =>
    recordAudit(tx, {
      ...auditBase(ctx),
      action,
      entityType: 'user',
      entityId: user.id,
      after: { username: user.username, ...(action === 'auth.login_failed' ? { reason } : {}), ...extra },
    }),
  );
  if (!locked) return wrong;
  await endSession(tx, ctx.actor.sessionId, now);
  return locked;
}
