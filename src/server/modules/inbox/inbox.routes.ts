import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { requireActor, tenantTx, type AuthedContext } from '../../context';
import { notifications } from '../../db/schema';
import { notFound } from '../../errors';
import { iso, ZIdParams, type App } from '../../http';
import { ZInbox } from './inbox.schemas';

/** The caller's own inbox: newest first, with the unread count for the header's bell. */
export async function listInbox(ctx: AuthedContext, limit: number) {
  return tenantTx(ctx, async (tx) => {
    const mine = eq(notifications.userId, ctx.actor.userId);
    const rows = await tx.select().from(notifications).where(mine).orderBy(desc(notifications.createdAt)).limit(limit);
    const [unread] = await tx.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt)));
    return {
      unread: Number(unread?.n ?? 0),
      items: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, entityType: r.entityType, entityId: r.entityId, readAt: iso(r.readAt), createdAt: iso(r.createdAt) })),
    };
  });
}

export async function markRead(ctx: AuthedContext, id: string | 'all'): Promise<void> {
  await tenantTx(ctx, async (tx) => {
    const mine = eq(notifications.userId, ctx.actor.userId);
    const where = id === 'all' ? and(mine, isNull(notifications.readAt)) : and(mine, eq(notifications.id, id));
    const updated = await tx.update(notifications).set({ readAt: ctx.clock.now() }).where(where).returning({ id: notifications.id });
    if (id !== 'all' && updated.length === 0) throw notFound();
  });
}

export function registerInboxRoutes(app: App): void {
  app.get(
    '/api/v1/inbox',
    {
      schema: {
        tags: ['inbox'],
        summary: '消息 Inbox',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: ZInbox },
      },
    },
    async (request) => listInbox(requireActor(request.ctx), request.query.limit),
  );
  app.post(
    '/api/v1/inbox/:id/read',
    { schema: { tags: ['inbox'], summary: '标记已读 Mark read', params: ZIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await markRead(requireActor(request.ctx), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/inbox/read-all',
    { schema: { tags: ['inbox'], summary: '全部已读 Mark all read', response: { 204: z.null() } } },
    async (request, reply) => {
      await markRead(requireActor(request.ctx), 'all');
      return reply.status(204).send(null);
    },
  );
}
