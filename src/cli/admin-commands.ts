import { eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { checkPasswordStrength } from '../domain/password-policy';
import { separatedRoles, type SeparatedRole } from '../domain/roles';
import { recordAudit } from '../server/audit/record-audit';
import { createAdminAccount, ensureTenant } from '../server/bootstrap';
import type { AppDeps } from '../server/context';
import { withSystemTx } from '../server/db/tx';
import { passwordHistory, sessions, users } from '../server/db/schema';
import { AppError } from '../server/errors';
import { generatePassword, hashPassword } from '../server/modules/auth/passwords';

function choosePassword(given: string | undefined): { password: string; generated: boolean } {
  if (given && !checkPasswordStrength(given).ok) throw new AppError('WEAK_PASSWORD');
  return given ? { password: given, generated: false } : { password: generatePassword(14), generated: true };
}

function printPassword(username: string, password: string, generated: boolean): void {
  if (generated)
    process.stdout.write(
      `账号 ${username} 的一次性密码 / one-time password for ${username}:\n\n    ${password}\n\n`,
    );
  process.stdout.write('首次登录时须修改密码 / it must be changed at the next login\n');
}

/** `luoshi admin create [--role admin|auditor|security_officer]`: one of the three administrators (三员). */
export async function runAdminCreate(
  deps: AppDeps,
  opts: { username: string; password?: string; role?: string },
): Promise<void> {
  const role = opts.role ?? 'admin';
  if (!(separatedRoles as readonly string[]).includes(role)) {
    throw new AppError('VALIDATION_FAILED', {
      message: `--role 只能是 ${separatedRoles.join(' / ')} / --role must be one of them`,
    });
  }
  const { password, generated } = choosePassword(opts.password);
  await withSystemTx(deps.db, async (tx) => {
    const tenantId = await ensureTenant(tx, deps.config.districtName, deps.clock.now());
    const exists = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = lower(${opts.username})`);
    if (exists.length > 0)
      throw new AppError('DUPLICATE', { message: `用户名 ${opts.username} 已存在 / username exists` });
    await createAdminAccount(tx, tenantId, opts.username, password, deps.clock.now(), role as SeparatedRole);
  });
  process.stdout.write(`已创建管理员账号 / created ${role} account ${opts.username}\n`);
  printPassword(opts.username, password, generated);
}

export async function runAdminResetPassword(
  deps: AppDeps,
  opts: { username: string; password?: string },
): Promise<void> {
  const { password, generated } = choosePassword(opts.password);
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  await withSystemTx(deps.db, async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = lower(${opts.username})`);
    if (!user) throw new AppError('NOT_FOUND', { message: `没有用户 ${opts.username} / no such user` });
    await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: true,
        lockedUntil: null,
        active: true,
        version: user.version + 1,
        updatedAt: now,
      })
      .where(eq(users.id, user.id));
    await tx
      .insert(passwordHistory)
      .values({ id: uuidv7(), tenantId: user.tenantId, userId: user.id, passwordHash, createdAt: now });
    await tx.update(sessions).set({ endedAt: now }).where(eq(sessions.userId, user.id));
    await recordAudit(tx, {
      tenantId: user.tenantId,
      at: now,
      actorId: null,
      actorName: 'cli',
      ip: null,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
    });
  });
  process.stdout.write(`已重置密码 / password reset for ${opts.username}\n`);
  printPassword(opts.username, password, generated);
}

/**
 * `luoshi admin reset-totp`: clears an account's TOTP on the server (the auditor's and security officer's
 * cannot be reset through the API by the administrator alone); the account's sessions end.
 */
export async function runAdminResetTotp(deps: AppDeps, opts: { username: string }): Promise<void> {
  const now = deps.clock.now();
  await withSystemTx(deps.db, async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = lower(${opts.username})`);
    if (!user) throw new AppError('NOT_FOUND', { message: `没有用户 ${opts.username} / no such user` });
    await tx
      .update(users)
      .set({
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        totpRecoveryCodes: null,
        version: user.version + 1,
        updatedAt: now,
      })
      .where(eq(users.id, user.id));
    await tx.update(sessions).set({ endedAt: now }).where(eq(sessions.userId, user.id));
    await recordAudit(tx, {
      tenantId: user.tenantId,
      at: now,
      actorId: null,
      actorName: 'cli',
      ip: null,
      action: 'auth.totp_reset',
      entityType: 'user',
      entityId: user.id,
      before: { totpEnabled: user.totpEnabledAt !== null },
      after: { totpEnabled: false },
    });
  });
  process.stdout.write(
    `已重置双因素认证 / TOTP reset for ${opts.username}; it enrols again at the next login if the role requires it\n`,
  );
}
