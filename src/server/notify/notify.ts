import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../db/client';
import { notifications, units, users } from '../db/schema';

export interface NotificationInput {
  tenantId: string;
  kind: string;
  title: string;
  body: string;
  entityType?: string;
  entityId?: string;
  /** The same key for the same user is one notification, however often it is raised. */
  dedupeKey: string;
  at: Date;
}

/**
 * Puts a notification in each user's inbox within the caller's transaction, once per user and key (a
 * conflicting key is ignored), and returns the ids of those newly created (for e-mail and webhook delivery).
 */
export async function notifyUsers(tx: Executor, userIds: string[], input: NotificationInput): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const rows = unique.map((userId) => ({
    id: uuidv7(),
    tenantId: input.tenantId,
    userId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    dedupeKey: input.dedupeKey,
    createdAt: input.at,
  }));
  const created = await tx.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id });
  return created.map((r) => r.id);
}

/** The active users of a unit (head and operators), who receive the unit's notifications. */
export async function unitUserIds(tx: Executor, unitId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`${users.unitId} = ${unitId} AND ${users.active} AND (${users.roles} && ARRAY['unit_head','unit_operator']::text[])`);
  return rows.map((r) => r.id);
}

export async function supervisorIds(tx: Executor): Promise<string[]> {
  const rows = await tx.select({ id: users.id }).from(users).where(sql`${users.active} AND 'supervisor' = ANY(${users.roles})`);
  return rows.map((r) => r.id);
}

export async function unitName(tx: Executor, unitId: string | null): Promise<string> {
  if (!unitId) return '';
  const [row] = await tx.select({ name: units.name }).from(units).where(sql`${units.id} = ${unitId}`);
  return row?.name ?? '';
}
