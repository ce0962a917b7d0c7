/** Factories that write straight to the database (as the owner) so that tests start from a known state. */
import { uuidv7 } from 'uuidv7';
import type { Role } from '../../src/domain/roles';
import { withSystemTx } from '../../src/server/db/tx';
import { decisions, passwordHistory, tasks, tenants, units, users } from '../../src/server/db/schema';
import { hashPassword } from '../../src/server/modules/auth/passwords';
import type { TestApp } from './test-app';

export const defaultPassword = 'Luoshi#2024';
let cachedHash: Promise<string> | undefined;

export interface BuiltUser {
  id: string;
  username: string;
  password: string;
  tenantId: string;
  unitId: string | null;
  roles: Role[];
}

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function buildUnit(
  t: TestApp,
  overrides: Partial<{
    name: string;
    code: string;
    kind: 'department' | 'street' | 'other' | 'section';
    tenantId: string;
    parentId: string | null;
  }> = {},
): Promise<{ id: string; code: string; name: string; tenantId: string }> {
  const id = uuidv7();
  const code = overrides.code ?? `U${next()}`;
  const row = {
    id,
    tenantId: overrides.tenantId ?? t.tenantId,
    code,
    name: overrides.name ?? `测试单位${code}`,
    kind: overrides.kind ?? 'department',
    parentId: overrides.parentId ?? null,
  };
  await withSystemTx(t.db, async (tx) => {
    await tx.insert(units).values(row);
  });
  return row;
}

/** A user who has already changed the initial password (ready to work), unless mustChangePassword is set. */
export async function buildUser(
  t: TestApp,
  overrides: Partial<{
    roles: Role[];
    unitId: string | null;
    username: string;
    password: string;
    tenantId: string;
    mustChangePassword: boolean;
    passwordChangedAt: Date;
    displayName: string;
  }> = {},
): Promise<BuiltUser> {
  const password = overrides.password ?? defaultPassword;
  const passwordHash = overrides.password
    ? await hashPassword(password)
    : await (cachedHash ??= hashPassword(defaultPassword));
  const roles = overrides.roles ?? ['supervisor'];
  const user = {
    id: uuidv7(),
    tenantId: overrides.tenantId ?? t.tenantId,
    username: overrides.username ?? `u${next()}`,
    displayName: overrides.displayName ?? '测试用户',
    unitId: overrides.unitId ?? null,
    roles,
  };
  const now = t.clock.now();
  await withSystemTx(t.db, async (tx) => {
    await tx.insert(users).values({
      ...user,
      passwordHash,
      passwordChangedAt: overrides.passwordChangedAt ?? now,
      mustChangePassword: overrides.mustChangePassword ?? false,
    });
    await tx
      .insert(passwordHistory)
      .values({ id: uuidv7(), tenantId: user.tenantId, userId: user.id, passwordHash, createdAt: now });
  });
  return { ...user, password };
}

export async function buildTenant(t: TestApp, name = '另一区'): Promise<string> {
  const id = uuidv7();
  await withSystemTx(t.db, async (tx) => {
    await tx.insert(tenants).values({ id, code: `T${next()}`, name });
  });
  return id;
}

/** Logs in through HTTP and returns the cookie header to send with later requests. */
export async function loginAs(t: TestApp, user: { username: string; password: string }): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: user.username, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'luoshi_sid');
  if (!cookie) throw new Error('no session cookie');
  return `luoshi_sid=${cookie.value}`;
}

/** The database's own message behind Drizzle's "Failed query" wrapper. */
export async function dbErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as { message?: string; cause?: { message?: string } };
    return `${e.message ?? ''} ${e.cause?.message ?? ''}`;
  }
  throw new Error('expected the database to refuse');
}

/** A decision with one published task, written directly (for isolation tests). */
export async function buildDecisionWithTask(
  t: TestApp,
  overrides: Partial<{
    tenantId: string;
    leadUnitId: string;
    status: 'draft' | 'published' | 'in_progress';
  }> = {},
): Promise<{ decisionId: string; taskId: string }> {
  const tenantId = overrides.tenantId ?? t.tenantId;
  const decisionId = uuidv7();
  const taskId = uuidv7();
  await withSystemTx(t.db, async (tx) => {
    await tx.insert(decisions).values({
      id: decisionId,
      tenantId,
      title: '测试决策',
      kind: 'plenary',
      date: '2024-01-05',
      source: 'district_direct',
    });
    await tx.insert(tasks).values({
      id: taskId,
      tenantId,
      decisionId,
      code: overrides.status === 'draft' ? null : `2024-QW-${next()}`,
      title: '测试任务',
      source: 'district_direct',
      leadUnitId: overrides.leadUnitId ?? null,
      startDate: '2024-01-05',
      dueDate: '2024-12-31',
      status: overrides.status ?? 'published',
    });
  });
  return { decisionId, taskId };
}
