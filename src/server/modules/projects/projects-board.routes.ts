import { z } from 'zod';
import type { AppDeps } from '../../context';
import { requireActor } from '../../context';
import { notFound } from '../../errors';
import type { App } from '../../http';
import { exportInvestment } from './export-investment';
import { exportProjects } from './export-projects';
import { getBoardSettings } from './get-board-settings';
import { getPublicBoard } from './get-public-board';
import { importProjects } from './import-projects';
import { readUpload } from '../../documents/read-upload';
import { PublicBoardCache } from './public-board-cache';
import { renderBoardPoster } from './render-board-poster';
import {
  ZBoardPosterQuery,
  ZBoardSettings,
  ZBoardSettingsBody,
  ZInvestmentQuery,
  ZProjectExportQuery,
  ZProjectImportResult,
  ZPublicProjects,
  ZSlugParams,
} from './projects-board.schemas';
import { updateBoardSettings } from './update-board-settings';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(ascii: string, name: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const notFoundPage =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>页面不存在</title></head><body><main><h1>页面不存在</h1><p>没有找到这个公示页面，请核对网址。</p></main></body></html>';

/**
 * The board (poster, settings), the ledger's import and exports, and the public board: page and JSON, no
 * login, rate-limited per IP, answered from a one-minute cache that a write to the district's projects or
 * settings through this server empties at once.
 */
export function registerProjectBoardRoutes(app: App, deps: AppDeps): void {
  const cache = new PublicBoardCache();
  app.addHook('onSend', async (request, reply, payload) => {
    const actor = request.ctx?.actor;
    if (
      actor &&
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      reply.statusCode < 400 &&
      /^\/api\/v1\/(projects|settings)(\/|\?|$)/.test(request.url)
    )
      cache.invalidateTenant(actor.tenantId);
    return payload;
  });

  for (const format of ['png', 'pdf'] as const) {
    app.get(
      `/api/v1/projects/board.${format}`,
      {
        schema: {
          tags: ['projects'],
          summary: `甘特图公示海报 The board poster (${format.toUpperCase()}, A3/A2 landscape)`,
          querystring: ZBoardPosterQuery,
        },
      },
      async (request, reply) => {
        const { bytes, fileName, pages } = await renderBoardPoster(
          requireActor(request.ctx),
          request.query,
          format,
        );
        return reply
          .type(format === 'png' ? 'image/png' : 'application/pdf')
          .header('x-poster-pages', String(pages))
          .header('content-disposition', attachment(`board-${request.query.size}.${format}`, fileName))
          .send(bytes);
      },
    );
  }
  app.get(
    '/api/v1/projects/board/settings',
    {
      schema: { tags: ['projects'], summary: '公示设置 Board settings', response: { 200: ZBoardSettings } },
    },
    async (request) => getBoardSettings(requireActor(request.ctx)),
  );
  app.put(
    '/api/v1/projects/board/settings',
    {
      schema: {
        tags: ['projects'],
        summary: '保存公示设置 Save the board settings',
        body: ZBoardSettingsBody,
        response: { 200: ZBoardSettings },
      },
    },
    async (request) => updateBoardSettings(requireActor(request.ctx), request.body),
  );
  app.post(
    '/api/v1/projects/import',
    {
      schema: {
        tags: ['projects'],
        summary: '导入项目台账 Import the project ledger (.xlsx)',
        consumes: ['multipart/form-data'],
        response: { 201: ZProjectImportResult },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await importProjects(requireActor(request.ctx), () => readUpload(request))),
  );
  app.get(
    '/api/v1/projects/export.xlsx',
    {
      schema: {
        tags: ['projects'],
        summary: '导出项目台账 The filtered project list as .xlsx',
        querystring: ZProjectExportQuery,
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportProjects(requireActor(request.ctx), request.query);
      return reply
        .type(xlsxType)
        .header('content-disposition', attachment('projects.xlsx', fileName))
        .send(bytes);
    },
  );
  app.get(
    '/api/v1/projects/investment.xlsx',
    {
      schema: {
        tags: ['projects'],
        summary: '月度投资完成表 Monthly investment, plan vs completed (.xlsx)',
        querystring: ZInvestmentQuery,
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportInvestment(requireActor(request.ctx), request.query.year);
      return reply
        .type(xlsxType)
        .header('content-disposition', attachment('investment.xlsx', fileName))
        .send(bytes);
    },
  );

  const publicConfig = {
    access: 'public' as const,
    rateLimit: { max: deps.config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  app.get(
    '/public/api/:slug/projects',
    {
      config: publicConfig,
      schema: {
        tags: ['public'],
        summary: '公示项目（无需登录） The public board as JSON',
        params: ZSlugParams,
        response: { 200: ZPublicProjects },
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getPublicBoard(request.ctx, cache, request.params.slug);
      if (!entry) throw notFound();
      return reply
        .header('cache-control', 'public, max-age=60')
        .send(entry.json as z.infer<typeof ZPublicProjects>);
    },
  );
  app.get(
    '/public/:slug/projects',
    {
      config: publicConfig,
      schema: {
        tags: ['public'],
        summary: '公示页面（无需登录） The public board page',
        params: ZSlugParams,
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getPublicBoard(request.ctx, cache, request.params.slug);
      reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60');
      if (!entry) return reply.status(404).send(notFoundPage);
      return reply.send(entry.html);
    },
  );
}
