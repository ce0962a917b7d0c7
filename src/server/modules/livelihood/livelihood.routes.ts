import type { AppDeps } from '../../context';
import { requireActor } from '../../context';
import { notFound } from '../../errors';
import { ZIdParams, type App } from '../../http';
import { PublicBoardCache } from '../projects/public-board-cache';
import { ZSlugParams } from '../projects/projects-board.schemas';
import { dropPublicCachesOnWrite } from '../public-disclosure/public-disclosure.routes';
import { publicNotFoundPage } from '../public-disclosure/public-shell';
import { getPublicLivelihood } from './get-public-livelihood';
import {
  ZLivelihoodBody,
  ZPublicLivelihood,
  ZTaskLivelihood,
  type TPublicLivelihood,
} from './livelihood.schemas';
import { setTaskLivelihood } from './set-task-livelihood';

/** 民生实事: the office's mark on a task, and the public livelihood page and JSON (no login). */
export function registerLivelihoodRoutes(app: App, deps: AppDeps): void {
  const cache = new PublicBoardCache();
  dropPublicCachesOnWrite(app, [cache]);
  app.put(
    '/api/v1/tasks/:id/livelihood',
    {
      schema: {
        tags: ['public-disclosure'],
        summary: '标记民生实事 Mark or unmark a task as a livelihood project',
        params: ZIdParams,
        body: ZLivelihoodBody,
        response: { 200: ZTaskLivelihood },
      },
    },
    async (request) => setTaskLivelihood(requireActor(request.ctx), request.params.id, request.body),
  );

  const config = {
    access: 'public' as const,
    rateLimit: { max: deps.config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  app.get(
    '/public/api/:slug/livelihood',
    {
      config,
      schema: {
        tags: ['public'],
        summary: '民生实事（无需登录） Livelihood projects as JSON',
        params: ZSlugParams,
        response: { 200: ZPublicLivelihood },
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getPublicLivelihood(request.ctx, cache, request.params.slug);
      if (!entry) throw notFound();
      return reply.header('cache-control', 'public, max-age=60').send(entry.json as TPublicLivelihood);
    },
  );
  app.get(
    '/public/:slug/livelihood',
    {
      config,
      schema: {
        tags: ['public'],
        summary: '民生实事页面（无需登录） The livelihood projects page',
        params: ZSlugParams,
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getPublicLivelihood(request.ctx, cache, request.params.slug);
      reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60');
      if (!entry) return reply.status(404).send(publicNotFoundPage);
      return reply.send(entry.html);
    },
  );
}
