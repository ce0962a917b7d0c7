import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { loginFailures, passwordHistory, sessions, settings, tenants, units, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(tx: Executor, username: string): Promise<UserRow | undefined> {
  const rows = await tx
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return rows[0];
}

export async function findUserById(tx: Executor, id: string): Promise<UserRow | undefined> {
  return (await tx.select().from(users).where(eq(users.id, id)).limit(1))[0];
}

/**
 * The user's row, locked until the transaction ends: every check of a password or code against the lockout
 * takes this lock first, so that simultaneous attempts are checked and counted one after another.
 */
export async function lockUserByUsername(tx: Executor, username: string): Promise<UserRow | undefined> {
  const rows = await tx
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1)
    .for('update');
  return rows[0];
}

export async function lockUserById(tx: Executor, id: string): Promise<UserRow | undefined> {
  return (await tx.select().from(users).where(eq(users.id, id)).limit(1).for('update'))[0];
}

/**
 * Accepts a TOTP time step only if it is later than the last accepted one, in one conditional UPDATE, so that
 * the same code sent twice at once is accepted once.
 */
export async function claimTotpStep(tx: Executor, userId: string, step: number): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), sql`(${users.totpLastStep} IS NULL OR ${users.totpLastStep} < ${step})`))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Ends every live session of a user (disabled, locked, roles changed, credentials reset). */
export async function endUserSessions(tx: Executor, userId: string, at: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
}

export async function recentFailures(tx: Executor, userId: string, since: Date): Promise<Date[]> {
  const rows = await tx
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.userId, userId), gt(loginFailures.at, since)));
  return rows.map((r) => r.at);
}

export async function insertFailure(tx: Executor, row: typeof loginFailures.$inferInsert): Promise<void> {
  await tx.insert(loginFailures).values(row);
}

export async function clearFailures(tx: Executor, userId: string): Promise<void> {
  await tx.delete(loginFailures).where(eq(loginFailures.userId, userId));
}

export async function insertSession(tx: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(row);
}

export async function endSession(tx: Executor, id: string, at: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: at })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
}

export async function touchSession(tx: Executor, id: string, at: Date): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

/** A live session with its user and the tenant settings the session check needs, in one round trip. */
export async function findSessionByTokenHash(tx: Executor, tokenHash: string) {
  const setting = (key: string) =>
    sql<unknown>`(SELECT ${settings.value} FROM ${settings} WHERE ${settings.tenantId} = ${sessions.tenantId} AND ${settings.key} = ${key})`;
  const rows = await tx
    .select({
      sessionId: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      endedAt: sessions.endedAt,
      user: users,
      idleMinutes: setting('session.idleMinutes'),
      maxHours: setting('session.maxHours'),
      maxAgeDays: setting('password.maxAgeDays'),
      mfaPending: sessions.mfaPending,
      totpRequiredRoles: setting('security.totpRequiredRoles'),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return rows[0];
}

export async function recentPasswordHashes(tx: Executor, userId: string, count: number): Promise<string[]> {
  const rows = await tx
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .limit(count);
  return rows.map((r) => r.hash);
}

export async function insertPasswordHistory(
  tx: Executor,
  row: typeof passwordHistory.$inferInsert,
): Promise<void> {
  await tx.insert(passwordHistory).values(row);
}

export async function findTenantAndUnitNames(tx: Executor, tenantId: string, unitId: string | null) {
  const tenant = (
    await tx
      .select({ id: tenants.id, name: tenants.name, code: tenants.code })
      .from(tenants)
      .where(eq(tenants.id, tenantId))
  )[0];
  const unit = unitId
    ? (await tx.select({ name: units.name, kind: units.kind }).from(units).where(eq(units.id, unitId)))[0]
    : undefined;
  return {
    tenant: tenant ?? { id: tenantId, name: '', code: '' },
    unitName: unit?.name ?? null,
    unitKind: unit?.kind ?? null,
  };
}

/** Sets fields of the user's row (locked or just read by the caller) and answers the row as it is now. */
export async function setUserRow(
  tx: Executor,
  id: string,
  changes: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const [updated] = await tx.update(users).set(changes).where(eq(users.id, id)).returning();
  return updated;
}

export async function setSessionFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof sessions.$inferInsert>,
): Promise<void> {
  await tx.update(sessions).set(changes).where(eq(sessions.id, id));
}

export async function findSessionMfaPending(
  tx: Executor,
  id: string,
): Promise<{ mfaPending: boolean } | undefined> {
  const [session] = await tx
    .select({ mfaPending: sessions.mfaPending })
    .from(sessions)
    .where(eq(sessions.id, id));
  return session;
}

/** Ends the user's other sessions (a changed password): the one that changed it stays. */
export async function endOtherSessions(
  tx: Executor,
  userId: string,
  keepId: string,
  at: Date,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: at })
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepId)));
}

/** Ends the user's live sessions but the caller's own (an administrator resetting a user's TOTP). */
export async function endOtherLiveSessions(
  tx: Executor,
  userId: string,
  keepId: string,
  at: Date,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), ne(sessions.id, keepId)));
}
