import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { isLocked, lockedUntil, shouldLock } from '../../../domain/lockout';
import { recordAudit } from '../../audit/record-audit';
import type { Settings } from '../../../domain/settings';
import type { AppDeps } from '../../context';
import type { Executor } from '../../db/client';
import { withSystemTx } from '../../db/tx';
import { AppError } from '../../errors';
import { loadSettings } from '../settings/settings.repository';
import {
  clearFailures,
  insertFailure,
  insertSession,
  lockUserByUsername,
  recentFailures,
  setUserRow,
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
  const failures = await recentFailures(
    tx,
    user.id,
    new Date(now.getTime() - lockout.windowMinutes * 60_000),
  );
  await audit('auth.login_failed', { failures: failures.length });
  if (!shouldLock(failures, now, lockout)) return null;
  const until = lockedUntil(now, lockout);
  await setUserRow(tx, user.id, { lockedUntil: until });
  await clearFailures(tx, user.id);
  await audit('auth.locked', { lockedUntil: until.toISOString() });
  return new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: until.toISOString() } });
}

/** A tenant id no district has: the settings read for an unknown username find nothing (the defaults). */
const noTenant = '00000000-0000-0000-0000-000000000000';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Checks the password, counts failures and locks the account after too many (the failure and the lock are
 * committed and audited even though the caller is answered with an error), and opens a session.
 *
 * The user's row is locked first, so that simultaneous attempts are checked and counted one at a time: no more
 * passwords are tried than the lockout allows. An unknown, disabled or locked account costs the same argon2
 * verification (against a fixed dummy hash) and answers exactly like a wrong password, so that neither the
 * answer nor its timing tells whether an account exists or is locked. The failure counter is cleared when the
 * login is complete: at once without TOTP, after the code with TOTP (totp.ts), so that wrong codes add up.
 */
export async function login(
  deps: AppDeps,
  input: TLoginBody,
  client: { ip: string; userAgent: string | null },
): Promise<LoginResult> {
  const now = deps.clock.now();
  // Login precedes any tenant: it runs as the owning role and names the tenant on everything it writes.
  const outcome = await withSystemTx(deps.db, async (tx) => {
    const user = await lockUserByUsername(tx, input.username);
    const audit = (
      tenantId: string | null,
      action: 'auth.login' | 'auth.login_failed' | 'auth.locked',
      extra: Record<string, unknown>,
    ) =>
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
    // The same reads for every attempt, known account or not, so that the time taken does not differ.
    const settings = await loadSettings(tx, user?.tenantId ?? noTenant);
    const locked = user ? isLocked(user.lockedUntil, now) : false;
    const checkable = user !== undefined && user.active && !locked;
    const passwordOk = await verifyPassword(
      checkable ? user.passwordHash : dummyPasswordHash,
      input.password,
    );
    if (!user || !checkable) {
      const reason = !user ? 'unknown_user' : !user.active ? 'inactive' : 'locked';
      await audit(user?.tenantId ?? null, 'auth.login_failed', { reason });
      return { error: new AppError('INVALID_CREDENTIALS') };
    }
    if (!passwordOk) {
      // A lock is audited, never told at the login (it would say that the account exists).
      await countLoginFailure(tx, user, settings, now, (action, extra) =>
        audit(
          user.tenantId,
          action,
          action === 'auth.login_failed' ? { reason: 'wrong_password', ...extra } : extra,
        ),
      );
      return { error: new AppError('INVALID_CREDENTIALS') };
    }
    const mfaPending = user.totpEnabledAt !== null;
    if (!mfaPending) await clearFailures(tx, user.id);
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
      mfaPending,
    });
    const updated = await setUserRow(tx, user.id, { lastLoginAt: now, lockedUntil: null });
    await audit(user.tenantId, 'auth.login', mfaPending ? { secondFactor: 'pending' } : {});
    return { token, mfaPending, user: await presentMe(tx, updated ?? user, settings, now, mfaPending) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}
