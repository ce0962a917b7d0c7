import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { isLocked, lockedUntil, shouldLock } from '../../../domain/lockout';
import { recordAudit } from '../../audit/record-audit';
import type { Settings } from '../../../domain/settings';
import type { AppDeps } from '../../context';
import type { Executor } from '../../db/client';
import { withSystemTx } from '../../db/tx';
import { users } from '../../db/schema';
import { AppError } from '../../errors';
import { loadSettings } from '../settings/settings.repository';
import {
  clearFailures,
  findUserByUsername,
  insertFailure,
  insertSession,
  recentFailures,
  type UserRow,
} from './auth.repository';
import type { TLoginBody, TMe } from './auth.schemas';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { presentMe } from './present-me';

export interface LoginResult {
  user: TMe;
  token: string;
  /** The TOTP code is still owed (the session can only give it, read /me, or log out). */
  mfaPending: boolean;
}

/**
 * Counts a failed login step (wrong password or wrong second factor) toward the lockout; locks the account
 * when the window holds too many. Returns the ACCOUNT_LOCKED error when it locked.
 */
export async function countLoginFailure(
  tx: Executor,
  user: UserRow,
  settings: Settings,
  now: Date,
  audit: (action: 'auth.login_failed' | 'auth.locked', extra: Record<string, unknown>) => Promise<void>,
): Promise<AppError | null> {
  const lockout = {
    maxFailures: settings['login.maxFailures'],
    windowMinutes: settings['login.windowMinutes'],
    lockMinutes: settings['login.lockMinutes'],
  };
  await insertFailure(tx, { id: uuidv7(), tenantId: user.tenantId, userId: user.id, at: now });
  const failures = await recentFailures(tx, user.id, new Date(now.getTime() - lockout.windowMinutes * 60_000));
  await audit('auth.login_failed', { failures: failures.length });
  if (!shouldLock(failures, now, lockout)) return null;
  const until = lockedUntil(now, lockout);
  await tx.update(users).set({ lockedUntil: until }).where(eq(users.id, user.id));
  await clearFailures(tx, user.id);
  await audit('auth.locked', { lockedUntil: until.toISOString() });
  return new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: until.toISOString() } });
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Checks the password, counts failures and locks the account after too many (the failure and the lock are
 * committed and audited even though the caller is answered with an error), and opens a session.
 */
export async function login(deps: AppDeps, input: TLoginBody, client: { ip: string; userAgent: string | null }): Promise<LoginResult> {
  const now = deps.clock.now();
  // Login precedes any tenant: it runs as the owning role and names the tenant on everything it writes.
  const outcome = await withSystemTx(deps.db, async (tx) => {
    const user = await findUserByUsername(tx, input.username);
    const audit = (tenantId: string | null, action: 'auth.login' | 'auth.login_failed' | 'auth.locked', extra: Record<string, unknown>) =>
      recordAudit(tx, {
        tenantId,
        at: now,
        actorId: user?.id ?? null,
        actorName: user?.displayName ?? input.username,
        ip: client.ip,
        action,
        entityType: 'user',
        ...(user ? { entityId: user.id } : {}),
        after: { username: input.username, ...extra },
      });
    if (!user || !user.active) {
      await verifyPassword(await dummyPasswordHash(), input.password);
      await audit(user?.tenantId ?? null, 'auth.login_failed', { reason: user ? 'inactive' : 'unknown_user' });
      return { error: new AppError('INVALID_CREDENTIALS') };
    }
    if (isLocked(user.lockedUntil, now)) {
      await audit(user.tenantId, 'auth.login_failed', { reason: 'locked' });
      return { error: new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: user.lockedUntil?.toISOString() } }) };
    }
    const settings = await loadSettings(tx, user.tenantId);
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const locked = await countLoginFailure(tx, user, settings, now, (action, extra) =>
        audit(user.tenantId, action, action === 'auth.login_failed' ? { reason: 'wrong_password', ...extra } : extra),
      );
      return { error: locked ?? new AppError('INVALID_CREDENTIALS') };
    }
    await clearFailures(tx, user.id);
    const token = randomBytes(32).toString('base64url');
    await insertSession(tx, {
      id: uuidv7(),
      tenantId: user.tenantId,
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      lastSeenAt: now,
      ip: client.ip,
      userAgent: client.userAgent,
      // With TOTP set up, the password opens only a session that can do nothing but give the code.
      mfaPending: user.totpEnabledAt !== null,
    });
    const [updated] = await tx
      .update(users)
      .set({ lastLoginAt: now, lockedUntil: null })
      .where(eq(users.id, user.id))
      .returning();
    const mfaPending = user.totpEnabledAt !== null;
    await audit(user.tenantId, 'auth.login', mfaPending ? { secondFactor: 'pending' } : {});
    return { token, mfaPending, user: await presentMe(tx, updated ?? user, settings, now, mfaPending) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}
