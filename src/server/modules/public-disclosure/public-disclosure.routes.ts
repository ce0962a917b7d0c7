import type { AppDeps } from '../../context';
import { requireActor } from '../../context';
import { notFound } from '../../errors';
import { ZIdParams, type App } from '../../http';
import { PublicBoardCache } from '../projects/public-board-cache';
import { ZSlugParams } from '../projects/projects-board.schemas';
import { getDecisionDisclosure } from './get-decision-disclosure';
import { getPublicTasks } from './get-public-tasks';
import { getPublicResults } from './get-public-results';
import { publicNotFoundPage } from './public-shell';
import { setDecisionDisclosure } from './set-decision-disclosure';
import {
  ZDecisionDisclosure,
  ZDisclosureBody,
  ZPublicResults,
  ZPublicTasks,
  type TPublicResults,
  type TPublicTasks,
} from './public-disclosure.schemas';

/**
 * Empties a district's public caches after any successful write by one of its users: a task's progress,
 * light or summary changes through many routes (reports, reviews, requests, settings), and a public page
 * must not show the old state for a minute after the office acted.
 */
export function dropPublicCachesOnWrite(app: App, caches: PublicBoardCache[]): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const actor = request.ctx?.actor;
    if (actor && request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400)
      for (const cache of caches) cache.invalidateTenant(actor.tenantId);
    return payload;
  });
}

/** 公开: the office's marking of a decision's tasks, and the public tasks page and JSON (no login). */
export function registerPublicDisclosureRoutes(app: App, deps: AppDeps): void {
  const cache = new PublicBoardCache();
  const resultsCache = new PublicBoardCache();
  dropPublicCachesOnWrite(app, [cache, resultsCache]);
  const tags = ['public-disclosure'];
  app.get(
    '/api/v1/decisions/:id/disclosure',
    {
      schema: {
        tags,
        summary: '公开设置 Which tasks of a decision are public',
        params: ZIdParams,
        response: { 200: ZDecisionDisclosure },
      },
    },
    async (request) => getDecisionDisclosure(requireActor(request.ctx), request.params.id),
  );
  app.put(
    '/api/v1/decisions/:id/disclosure',
    {
      schema: {
        tags,
        summary: '保存公开设置 Mark a decision’s tasks public (all, chosen, none)',
        params: ZIdParams,
        body: ZDisclosureBody,
        response: { 200: ZDecisionDisclosure },
      },
    },
    async (request) => setDecisionDisclosure(requireActor(request.ctx), request.params.id, request.body),
  );

  const publicConfig = {
    access: 'public' as const,
    rateLimit: { max: deps.config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  app.get(
    '/public/api/:slug/tasks',
    {
      config: publicConfig,
      schema: {
        tags: ['public'],
        summary: '公开任务（无需登录） The public tasks as JSON',
        params: ZSlugParams,
        response: { 200: ZPublicTasks },
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getPublicTasks(request.ctx, cache, request.params.slug);
      if (!entry) throw notFound();
      return reply.header('cache-control', 'public, max-age=60').send(entry.json as TPublicTasks);
    },
  );
  app.get(
    '/public/:slug/tasks',
    {
      config: publicConfig,
      schema: {
        tags: ['public'],
        summary: '公开任务页面（无需登录） The public tasks page',
        params: ZSlugParams,
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getPublicTasks(request.ctx, cache, request.params.slug);
      reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60');
      if (!entry) return reply.status(404).send(publicNotFoundPage);
      return reply.send(entry.html);
    },
  );
  app.get(
    '/public/api/:slug/results',
    {
      config: publicConfig,
      schema: {
        tags: ['public'],
        summary: '考核结果公示（无需登录） Published assessment results as JSON',
        params: ZSlugParams,
        response: { 200: ZPublicResults },
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getPublicResults(request.ctx, resultsCache, request.params.slug);
      if (!entry) throw notFound();
      return reply.header('cache-control', 'public, max-age=60').send(entry.json as TPublicResults);
    },
  );
  app.get(
    '/public/:slug/results',
    {
      config: publicConfig,
      schema: {
        tags: ['public'],
        summary: '考核结果公示页面（无需登录） The published results page',
        params: ZSlugParams,
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getPublicResults(request.ctx, resultsCache, request.params.slug);
      reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60');
      if (!entry) return reply.status(404).send(publicNotFoundPage);
      return reply.send(entry.html);
    },
  );
}
