import { requireActor } from '../../context';
import type { App } from '../../http';
import { cockpitSummary } from './cockpit';
import { quarterlyAnalysis, quarterlyDocument, ZQuarterly, ZQuarterQuery } from './quarterly';
import { ZCockpit } from './cockpit.schemas';

export function registerAnalysisRoutes(app: App): void {
  app.get(
    '/api/v1/cockpit',
    { schema: { tags: ['analysis'], summary: '驾驶舱 Cockpit summary', response: { 200: ZCockpit } } },
    async (request) => cockpitSummary(requireActor(request.ctx)),
  );
  app.get(
    '/api/v1/analysis/quarterly',
    {
      schema: {
        tags: ['analysis'],
        summary: '季度分析 Quarterly analysis',
        querystring: ZQuarterQuery,
        response: { 200: ZQuarterly },
      },
    },
    async (request) => quarterlyAnalysis(requireActor(request.ctx), request.query),
  );
  app.get(
    '/api/v1/analysis/quarterly/document',
    {
      schema: {
        tags: ['analysis'],
        summary: '季度分析 Word 文档 The quarterly analysis as .docx, charts embedded',
        querystring: ZQuarterQuery,
      },
    },
    async (request, reply) => {
      const { fileName, bytes } = await quarterlyDocument(requireActor(request.ctx), request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="quarterly-analysis.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(bytes);
    },
  );
}
