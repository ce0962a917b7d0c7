import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { listInbox } from './list-inbox';
import { markRead } from './mark-read';

import { ZInbox } from './inbox.schemas';

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
    {
      schema: {
        tags: ['inbox'],
        summary: '标记已读 Mark read',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
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
