import { and, asc, count, eq, ilike, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { loginFailures, sessions, units, users } from '../../db/schema';
import type { TListUsersQuery } from './users.schemas';

export type UserRow = typeof users.$inferSelect;
export type UserWithUnit = UserRow & { unitName: string | null };

const withUnit = { user: users, unitName: units.name };

export async function listUsers(
  tx: Executor,
  query: TListUsersQuery,
): Promise<{ rows: UserWithUnit[]; total: number }> {
  const where: SQL[] = [];
  if (query.unitId) where.push(eq(users.unitId, query.unitId));
  if (query.role) where.push(sql`${query.role} = ANY(${users.roles})`);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    const match = or(ilike(users.username, like), ilike(users.displayName, like));
    if (match) where.push(match);
  }
  const condition = and(...where);
  const [totalRow] = await tx.select({ n: count() }).from(users).where(condition);
  const rows = await tx
    .select(withUnit)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(condition)
    .orderBy(asc(users.username))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows: rows.map((r) => ({ ...r.user, unitName: r.unitName })), total: Number(totalRow?.n ?? 0) };
}

export async function findUserWithUnit(tx: Executor, id: string): Promise<UserWithUnit | undefined> {
  const [row] = await tx
    .select(withUnit)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id));
  return row ? { ...row.user, unitName: row.unitName } : undefined;
}

export async function usernameTaken(tx: Executor, username: string): Promise<boolean> {
  // Sees this tenant only (RLS); a clash with another tenant's username fails on the unique index instead.
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return Number(row?.n ?? 0) > 0;
}

export async function insertUser(tx: Executor, row: typeof users.$inferInsert): Promise<void> {
  await tx.insert(users).values(row);
}

export async function updateUserVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<typeof users.$inferInsert>,
): Promise<boolean> {
  const updated = await tx
    .update(users)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return updated.length > 0;
}

/** Sets fields of an account without a version check (the caller has read and locked the row). */
export async function setUserFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof users.$inferInsert>,
): Promise<void> {
  await tx.update(users).set(changes).where(eq(users.id, id));
}

export async function deleteLoginFailures(tx: Executor, userId: string): Promise<void> {
  await tx.delete(loginFailures).where(eq(loginFailures.userId, userId));
}

/** Ends every session of the account, already ended ones included (their end becomes now). */
export async function endAllSessionsOf(tx: Executor, userId: string, at: Date): Promise<void> {
  await tx.update(sessions).set({ endedAt: at }).where(eq(sessions.userId, userId));
}

/** Ends the account's live sessions. */
export async function endLiveSessionsOf(tx: Executor, userId: string, at: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
}

/** How many other active accounts hold the role. */
export async function countOtherActiveHolders(tx: Executor, userId: string, role: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(ne(users.id, userId), eq(users.active, true), sql`${role} = ANY(${users.roles})`));
  return Number(row?.n ?? 0);
}

/** One account change at a time per district, so that two administrators cannot remove each other at once. */
export async function lockTenantAccounts(tx: Executor, tenantId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'users:' + tenantId}))`);
}
