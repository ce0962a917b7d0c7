import type { AppDeps } from '../../context';
import { requireActor } from '../../context';
import { notFound } from '../../errors';
import { ZIdParams, type App } from '../../http';
import { PublicBoardCache, type PublicBoardEntry } from '../projects/public-board-cache';
import { ZSlugParams } from '../projects/projects-board.schemas';
import { dropPublicCachesOnWrite } from '../public-disclosure/public-disclosure.routes';
import { publicNotFoundPage } from '../public-disclosure/public-shell';
import { getBulletinPublicVersion } from './get-bulletin-public-version';
import { getPublicBulletins, type PublicBulletinsEntry } from './get-public-bulletins';
import { renderPublicBulletinPage } from './public-bulletins-page';
import {
  ZBulletinPublicBody,
  ZBulletinPublicVersion,
  ZPublicBulletinList,
  ZPublicBulletinPage,
  ZPublicBulletinParams,
  type TPublicBulletinList,
  type TPublicBulletinPage,
} from './public-bulletins.schemas';
import { setBulletinPublic } from './set-bulletin-public';

const html = 'text/html; charset=utf-8';
const maxAge = 'public, max-age=60';

/** The cached entry's bulletin of a period, or null. */
function pick(entry: PublicBoardEntry | null, period: string) {
  const data = entry?.json as PublicBulletinsEntry | undefined;
  const bulletin = data?.bulletins.find((b) => b.period === period);
  return data && bulletin ? { data, bulletin } : null;
}

/** 督查通报（公开版）: the office's switch and preview, and the public list and pages (no login). */
export function registerPublicBulletinRoutes(app: App, deps: AppDeps): void {
  const cache = new PublicBoardCache();
  dropPublicCachesOnWrite(app, [cache]);
  const tags = ['bulletins'];
  app.get(
    '/api/v1/bulletins/:id/public',
    {
      schema: {
        tags,
        summary: '通报公开版预览 The bulletin’s public version (kept, or as it would be)',
        params: ZIdParams,
        response: { 200: ZBulletinPublicVersion },
      },
    },
    async (request) => getBulletinPublicVersion(requireActor(request.ctx), request.params.id),
  );
  app.put(
    '/api/v1/bulletins/:id/public',
    {
      schema: {
        tags,
        summary: '通报公开设置 Switch a published bulletin’s public version on or off',
        params: ZIdParams,
        body: ZBulletinPublicBody,
        response: { 200: ZBulletinPublicVersion },
      },
    },
    async (request) => setBulletinPublic(requireActor(request.ctx), request.params.id, request.body),
  );

  const config = {
    access: 'public' as const,
    rateLimit: { max: deps.config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  const schema = <P>(summary: string, params: P) => ({ tags: ['public'], summary, params, security: [] });
  app.get(
    '/public/api/:slug/bulletins',
    {
      config,
      schema: {
        ...schema('督查通报公开版列表（无需登录） Public bulletins as JSON', ZSlugParams),
        response: { 200: ZPublicBulletinList },
      },
    },
    async (request, reply) => {
      const entry = await getPublicBulletins(request.ctx, cache, request.params.slug);
      if (!entry) throw notFound();
      const data = entry.json as PublicBulletinsEntry;
      const body: TPublicBulletinList = {
        district: data.district,
        updatedAt: data.updatedAt,
        asOf: data.asOf,
        bulletins: data.bulletins.map(({ period, title, issue, publishedOn, updatedOn }) => ({
          period,
          title,
          issue,
          publishedOn,
          updatedOn,
        })),
      };
      return reply.header('cache-control', maxAge).send(body);
    },
  );
  app.get(
    '/public/api/:slug/bulletins/:period',
    {
      config,
      schema: {
        ...schema('督查通报公开版（无需登录） One public bulletin as JSON', ZPublicBulletinParams),
        response: { 200: ZPublicBulletinPage },
      },
    },
    async (request, reply) => {
      const found = pick(
        await getPublicBulletins(request.ctx, cache, request.params.slug),
        request.params.period,
      );
      if (!found) throw notFound();
      const body: TPublicBulletinPage = {
        district: found.data.district,
        updatedAt: found.data.updatedAt,
        asOf: found.data.asOf,
        bulletin: found.bulletin,
      };
      return reply.header('cache-control', maxAge).send(body);
    },
  );
  app.get(
    '/public/:slug/bulletins',
    { config, schema: schema('督查通报公开版页面（无需登录） The public bulletins page', ZSlugParams) },
    async (request, reply) => {
      const entry = await getPublicBulletins(request.ctx, cache, request.params.slug);
      reply.type(html).header('cache-control', maxAge);
      if (!entry) return reply.status(404).send(publicNotFoundPage);
      return reply.send(entry.html);
    },
  );
  app.get(
    '/public/:slug/bulletins/:period',
    {
      config,
      schema: schema('督查通报公开版（无需登录） One public bulletin’s page', ZPublicBulletinParams),
    },
    async (request, reply) => {
      const { slug, period } = request.params;
      const found = pick(await getPublicBulletins(request.ctx, cache, slug), period);
      reply.type(html).header('cache-control', maxAge);
      if (!found) return reply.status(404).send(publicNotFoundPage);
      return reply.send(renderPublicBulletinPage(found.data, found.bulletin, slug));
    },
  );
}
