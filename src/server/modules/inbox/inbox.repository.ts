import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications } from '../../db/schema';

/** The user's newest notifications and how many of all are unread. */
export async function inboxOf(tx: Executor, userId: string, limit: number) {
  const mine = eq(notifications.userId, userId);
  const rows = await tx
    .select()
    .from(notifications)
    .where(mine)
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const [unread] = await tx
    .select({ n: count() })
    .from(notifications)
    .where(and(mine, isNull(notifications.readAt)));
  return { rows, unread: Number(unread?.n ?? 0) };
}

/** Marks one of the user's notifications, or all unread ones, read; answers the ids marked. */
export async function markNotificationsRead(
  tx: Executor,
  userId: string,
  id: string | 'all',
  at: Date,
): Promise<Array<{ id: string }>> {
  const mine = eq(notifications.userId, userId);
  const where = id === 'all' ? and(mine, isNull(notifications.readAt)) : and(mine, eq(notifications.id, id));
  return tx.update(notifications).set({ readAt: at }).where(where).returning({ id: notifications.id });
}
