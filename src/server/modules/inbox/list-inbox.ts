import { tenantTx, type AuthedContext } from '../../context';
import { iso } from '../../http';
import { inboxOf } from './inbox.repository';

/** The caller's own inbox: newest first, with the unread count for the header's bell. */
export async function listInbox(ctx: AuthedContext, limit: number) {
  return tenantTx(ctx, async (tx) => {
    const { rows, unread } = await inboxOf(tx, ctx.actor.userId, limit);
    return {
      unread,
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        entityType: r.entityType,
        entityId: r.entityId,
        readAt: iso(r.readAt),
        createdAt: iso(r.createdAt),
      })),
    };
  });
}
