import { isPasswordExpired } from '../../../domain/password-policy';
import type { Role } from '../../../domain/roles';
import { defaultSettings } from '../../../domain/settings';
import type { Actor, AppDeps } from '../../context';
import { withSystemTx } from '../../db/tx';
import { endSession, findSessionByTokenHash, touchSession } from './auth.repository';
import { hashToken } from './login';
import { totpRequiredFor } from './totp-policy';

export interface Authentication {
  actor: Actor;
  /** The password must be changed before anything else (new, reset or expired). */
  passwordChangeRequired: boolean;
  /** The password was right; the TOTP code is still owed. */
  mfaPending: boolean;
  /** The role requires TOTP and the user has not set it up. */
  totpEnrolmentRequired: boolean;
}

/** last_seen_at is written at most this often, so that reads do not all turn into writes. */
const touchEveryMs = 60_000;

/**
 * Resolves a session cookie to its user. A session idle longer than the tenant's timeout, or older than its
 * absolute lifetime (setting session.maxHours), is ended here, so that it cannot come back to life.
 */
export async function authenticate(deps: AppDeps, token: string | undefined): Promise<Authentication | null> {
  if (!token || token.length > 200) return null;
  const now = deps.clock.now();
  const found = await findSessionByTokenHash(deps.db.orm, hashToken(token));
  if (!found || found.endedAt || !found.user.active) return null;
  const idleMinutes =
    typeof found.idleMinutes === 'number' ? found.idleMinutes : defaultSettings['session.idleMinutes'];
  const maxHours = typeof found.maxHours === 'number' ? found.maxHours : defaultSettings['session.maxHours'];
  const idleMs = now.getTime() - found.lastSeenAt.getTime();
  const ageMs = now.getTime() - found.createdAt.getTime();
  if (idleMs > idleMinutes * 60_000 || ageMs > maxHours * 3_600_000) {
    await withSystemTx(deps.db, (tx) => endSession(tx, found.sessionId, now));
    return null;
  }
  if (idleMs > touchEveryMs) await touchSession(deps.db.orm, found.sessionId, now);
  const user = found.user;
  const maxAge =
    typeof found.maxAgeDays === 'number' ? found.maxAgeDays : defaultSettings['password.maxAgeDays'];
  return {
    actor: {
      userId: user.id,
      tenantId: user.tenantId,
      unitId: user.unitId,
      roles: user.roles as Role[],
      username: user.username,
      displayName: user.displayName,
      sessionId: found.sessionId,
    },
    passwordChangeRequired: user.mustChangePassword || isPasswordExpired(user.passwordChangedAt, now, maxAge),
    mfaPending: found.mfaPending,
    totpEnrolmentRequired: !user.totpEnabledAt && totpRequiredFor(user.roles, found.totpRequiredRoles),
  };
}
