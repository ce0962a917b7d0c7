import { count, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { checkPasswordStrength } from '../domain/password-policy';
import type { SeparatedRole } from '../domain/roles';
import { recordAudit } from './audit/record-audit';
import type { AppDeps } from './context';
import { withSystemTx } from './db/tx';
import { passwordHistory, tenants, users } from './db/schema';
import { AppError } from './errors';
import { generatePassword, hashPassword } from './modules/auth/passwords';

export interface BootstrapResult {
  tenantId: string;
  /** Set when this start created the admin with a generated password: print it once. */
  generatedAdminPassword: string | null;
  createdAdmin: boolean;
}

/**
 * First start: creates the district (tenant) and, while there are no users, the account `admin` with the
 * configured password or a generated one. Either must be changed at the first login.
 */
export async function bootstrap(deps: AppDeps): Promise<BootstrapResult> {
  const now = deps.clock.now();
  return withSystemTx(deps.db, async (tx) => {
    const tenantId = await ensureTenant(tx, deps.config.districtName, now);
    const [userCount] = await tx.select({ n: count() }).from(users);
    if (Number(userCount?.n ?? 0) > 0) return { tenantId, generatedAdminPassword: null, createdAdmin: false };
    const configured = deps.config.adminPassword;
    if (configured && !checkPasswordStrength(configured).ok) {
      throw new AppError('WEAK_PASSWORD', {
        message:
          'LUOSHI_ADMIN_PASSWORD 不符合密码策略（至少 8 位，含大写、小写、数字、符号中的 3 类） / LUOSHI_ADMIN_PASSWORD does not meet the password policy',
      });
    }
    const password = configured ?? generatePassword(14);
    await createAdminAccount(tx, tenantId, 'admin', password, now);
    return { tenantId, generatedAdminPassword: configured ? null : password, createdAdmin: true };
  });
}

type SystemTx = Parameters<Parameters<typeof withSystemTx>[1]>[0];

/** The installation's default district, created on first use. */
export async function ensureTenant(tx: SystemTx, name: string, now: Date): Promise<string> {
  const existing = (
    await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.code, 'default')).limit(1)
  )[0];
  if (existing) return existing.id;
  const id = uuidv7();
  await tx.insert(tenants).values({ id, code: 'default', name, createdAt: now, updatedAt: now });
  await recordAudit(tx, {
    tenantId: id,
    at: now,
    actorId: null,
    actorName: 'system',
    ip: null,
    action: 'tenant.created',
    entityType: 'tenant',
    entityId: id,
    after: { name },
  });
  return id;
}

const administratorNames: Record<SeparatedRole, string> = {
  admin: '系统管理员',
  auditor: '审计管理员',
  security_officer: '安全管理员',
};

/**
 * Inserts an account of one of the three administrator roles (system, audit, security); used by the first
 * start (admin) and by `luoshi admin create --role`.
 */
export async function createAdminAccount(
  tx: SystemTx,
  tenantId: string,
  username: string,
  password: string,
  now: Date,
  role: SeparatedRole = 'admin',
): Promise<string> {
  const id = uuidv7();
  const passwordHash = await hashPassword(password);
  await tx.insert(users).values({
    id,
    tenantId,
    username,
    displayName: administratorNames[role],
    roles: [role],
    passwordHash,
    passwordChangedAt: now,
    mustChangePassword: true,
    createdAt: now,
    updatedAt: now,
  });
  await tx
    .insert(passwordHistory)
    .values({ id: uuidv7(), tenantId, userId: id, passwordHash, createdAt: now });
  await recordAudit(tx, {
    tenantId,
    at: now,
    actorId: null,
    actorName: 'system',
    ip: null,
    action: 'user.created',
    entityType: 'user',
    entityId: id,
    after: { username, roles: [role] },
  });
  return id;
}
