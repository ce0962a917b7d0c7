/**
 * TOTP second factor (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps, one step of clock drift either way)
 * through `otpauth`. The secret is sealed with SM4 at rest (schema.ts sealedText); the last accepted step is
 * stored so that a code cannot be used twice; ten one-time recovery codes are stored as argon2id hashes.
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError, fieldError, notFound } from '../../errors';
import { loadSettings } from '../settings/settings.repository';
import { assertCan } from '../../policy/assert';
import { assertCredentialsResettable } from '../users/account-rules';
import { canManageUsers } from '../users/users.policy';
import {
  claimTotpStep,
  clearFailures,
  endOtherLiveSessions,
  findSessionMfaPending,
  findUserById,
  lockUserById,
  setSessionFields,
  setUserRow,
  type UserRow,
} from './auth.repository';
import type { TMe, TTotpVerifyBody } from './auth.schemas';
import { countLoginFailure } from './login';
import { hashPassword, verifyPassword } from './passwords';
import { countWrongSecret, refuseIfLocked } from './own-secret';
import { presentMe } from './present-me';
import { totpRequiredFor } from './totp-policy';

const issuer = '落实 Luoshi';
const period = 30;
const recoveryCodeCount = 10;

function totpFor(secretBase32: string, label = 'luoshi'): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The time step a code matches (now, or one step either side), or null. */
export function matchingStep(secretBase32: string, code: string, now: Date): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / period) + delta;
}

/** A recovery code: 10 characters of an alphabet without look-alikes, shown as xxxxx-xxxxx. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

async function currentUser(tx: Executor, ctx: AuthedContext): Promise<UserRow> {
  const user = await findUserById(tx, ctx.actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/** Starts enrolment: a new secret, kept as pending until a first code proves the authenticator has it. */
export async function setupTotp(
  ctx: AuthedContext,
): Promise<{ secret: string; otpauthUri: string; qrDataUrl: string }> {
  const secret = new Secret({ size: 20 }).base32;
  const otpauthUri = totpFor(secret, ctx.actor.username).toString();
  await tenantTx(ctx, async (tx) => {
    const user = await currentUser(tx, ctx);
    if (user.totpEnabledAt)
      throw new AppError('INVALID_TRANSITION', { message: '已启用双因素认证；如需更换请先关闭' });
    await setUserRow(tx, user.id, { totpPendingSecret: secret });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'auth.totp_setup',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { secret, otpauthUri, qrDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 240 }) };
}

/** Finishes enrolment with a first code; answers the recovery codes, which are never shown again. */
export async function enableTotp(ctx: AuthedContext, code: string): Promise<{ recoveryCodes: string[] }> {
  const now = ctx.clock.now();
  const recoveryCodes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normaliseRecoveryCode(c))));
  await tenantTx(ctx, async (tx) => {
    const user = await currentUser(tx, ctx);
    if (user.totpEnabledAt) throw new AppError('INVALID_TRANSITION', { message: '已启用双因素认证' });
    if (!user.totpPendingSecret) throw new AppError('INVALID_TRANSITION', { message: '请先生成密钥' });
    const step = matchingStep(user.totpPendingSecret, code, now);
    if (step === null) throw fieldError('INVALID_TOTP_CODE', 'code');
    await setUserRow(tx, user.id, {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: now,
      totpLastStep: step,
      totpRecoveryCodes: hashes.map((hash) => ({ hash, usedAt: null })),
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'auth.totp_enabled',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { recoveryCodes };
}

/**
 * The second step of a login: a TOTP code (not one already used) or an unused recovery code turns the
 * pending session into a full one. A wrong code counts toward the account lockout like a wrong password,
 * and a lock ends the pending session.
 */
export async function verifyTotp(ctx: AuthedContext, body: TTotpVerifyBody): Promise<TMe> {
  const now = ctx.clock.now();
  const outcome = await tenantTx(ctx, async (tx): Promise<{ me: TMe } | { error: AppError }> => {
    // The user's row lock first: codes sent at once are checked, counted and accepted one at a time.
    const user = await lockUserById(tx, ctx.actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const session = await findSessionMfaPending(tx, ctx.actor.sessionId);
    if (!session?.mfaPending) throw new AppError('INVALID_TRANSITION', { message: '当前会话无需动态验证码' });
    const settings = await loadSettings(tx, user.tenantId);
    const audit = (
      action: 'auth.login_failed' | 'auth.locked' | 'auth.totp_verified' | 'auth.recovery_code_used',
      extra: Record<string, unknown> = {},
    ) =>
      recordAudit(tx, {
        ...auditBase(ctx),
        action,
        entityType: 'user',
        entityId: user.id,
        after: { username: user.username, ...extra },
      });
    if (user.lockedUntil && user.lockedUntil > now) {
      await setSessionFields(tx, ctx.actor.sessionId, { endedAt: now });
      return {
        error: new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: user.lockedUntil.toISOString() } }),
      };
    }
    let accepted: 'totp' | 'recovery' | null = null;
    if ('code' in body && user.totpSecret) {
      const step = matchingStep(user.totpSecret, body.code, now);
      // A code is good once: a step at or before the last accepted one is a replay (one conditional UPDATE).
      if (step !== null && (await claimTotpStep(tx, user.id, step))) accepted = 'totp';
    } else if ('recoveryCode' in body) {
      const codes = user.totpRecoveryCodes ?? [];
      const given = normaliseRecoveryCode(body.recoveryCode);
      for (const [i, entry] of codes.entries()) {
        if (entry.usedAt === null && (await verifyPassword(entry.hash, given))) {
          const updated = codes.map((c, j) => (j === i ? { ...c, usedAt: now.toISOString() } : c));
          await setUserRow(tx, user.id, { totpRecoveryCodes: updated });
          accepted = 'recovery';
          break;
        }
      }
    }
    if (!accepted) {
      const locked = await countLoginFailure(tx, user, settings, now, (action, extra) =>
        audit(action, action === 'auth.login_failed' ? { reason: 'wrong_second_factor', ...extra } : extra),
      );
      if (locked) await setSessionFields(tx, ctx.actor.sessionId, { endedAt: now });
      return { error: locked ?? fieldError('INVALID_TOTP_CODE', 'code' in body ? 'code' : 'recoveryCode') };
    }
    await setSessionFields(tx, ctx.actor.sessionId, { mfaPending: false, lastSeenAt: now });
    // The login is complete only now: the failures of its password and code steps are forgiven here.
    await setUserRow(tx, user.id, { lockedUntil: null });
    await clearFailures(tx, user.id);
    const remaining =
      (user.totpRecoveryCodes ?? []).filter((c) => c.usedAt === null).length -
      (accepted === 'recovery' ? 1 : 0);
    await audit(
      accepted === 'totp' ? 'auth.totp_verified' : 'auth.recovery_code_used',
      accepted === 'recovery' ? { recoveryCodesLeft: remaining } : {},
    );
    const fresh = await currentUser(tx, ctx);
    return { me: await presentMe(tx, fresh, settings, now, false) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.me;
}

function clearedTotp() {
  return {
    totpSecret: null,
    totpPendingSecret: null,
    totpEnabledAt: null,
    totpLastStep: null,
    totpRecoveryCodes: null,
  };
}

/**
 * The user turns TOTP off with password and a current code — not when the role requires it. A wrong password
 * or code counts toward the lockout like a failed login (a lock ends the session).
 */
export async function disableTotp(
  ctx: AuthedContext,
  input: { password: string; code: string },
): Promise<TMe> {
  const now = ctx.clock.now();
  const outcome = await tenantTx(ctx, async (tx): Promise<{ me: TMe } | { error: AppError }> => {
    const user = await lockUserById(tx, ctx.actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const settings = await loadSettings(tx, user.tenantId);
    if (!user.totpSecret) throw new AppError('INVALID_TRANSITION', { message: '尚未启用双因素认证' });
    if (totpRequiredFor(user.roles, settings['security.totpRequiredRoles']))
      throw new AppError('TOTP_REQUIRED_BY_ROLE');
    const locked = await refuseIfLocked(tx, ctx, user);
    if (locked) return { error: locked };
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const wrong = fieldError('WRONG_PASSWORD', 'password');
      return { error: await countWrongSecret(tx, ctx, user, settings, 'wrong_current_password', wrong) };
    }
    const step = matchingStep(user.totpSecret, input.code, now);
    if (step === null || !(await claimTotpStep(tx, user.id, step))) {
      const wrong = fieldError('INVALID_TOTP_CODE', 'code');
      return { error: await countWrongSecret(tx, ctx, user, settings, 'wrong_second_factor', wrong) };
    }
    await clearFailures(tx, user.id);
    const updated = await setUserRow(tx, user.id, clearedTotp());
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'auth.totp_disabled',
      entityType: 'user',
      entityId: user.id,
    });
    return { me: await presentMe(tx, updated ?? user, settings, now) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.me;
}

/**
 * The administrator clears a user's TOTP (a lost phone): the user enrols again at the next login if the
 * role requires it. The user's sessions end. Another district's user is 404 through row-level security. The
 * auditor's and security officer's TOTP is reset only with the CLI (`luoshi admin reset-totp`).
 */
export async function resetUserTotp(ctx: AuthedContext, userId: string): Promise<void> {
  assertCan(canManageUsers(ctx.actor));
  const now = ctx.clock.now();
  await tenantTx(ctx, async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw notFound();
    assertCredentialsResettable(user);
    await setUserRow(tx, userId, {
      ...clearedTotp(),
      version: user.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await endOtherLiveSessions(tx, userId, ctx.actor.sessionId, now);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'auth.totp_reset',
      entityType: 'user',
      entityId: userId,
      before: { totpEnabled: user.totpEnabledAt !== null },
      after: { totpEnabled: false },
    });
  });
}
