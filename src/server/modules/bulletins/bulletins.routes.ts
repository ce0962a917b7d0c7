import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { bulletinDocument } from './bulletin-document';
import { ZBulletin, ZCreateBulletinBody } from './bulletins.schemas';
import { createBulletin } from './create-bulletin';
import { listBulletins } from './list-bulletins';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function registerBulletinRoutes(app: App): void {
  app.post(
    '/api/v1/bulletins',
    {
      schema: {
        tags: ['bulletins'],
        summary: '生成月度通报 Generate a monthly bulletin',
        body: ZCreateBulletinBody,
        response: { 201: ZBulletin },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createBulletin(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/bulletins',
    {
      schema: {
        tags: ['bulletins'],
        summary: '通报列表 Bulletins',
        response: { 200: z.object({ items: z.array(ZBulletin) }) },
      },
    },
    async (request) => ({
      items: await listBulletins(requireActor(request.ctx)),
    }),
  );
  app.get(
    '/api/v1/bulletins/:id/document',
    { schema: { tags: ['bulletins'], summary: '通报 Word 文档 The bulletin as .docx', params: ZIdParams } },
    async (request, reply) => {
      const { fileName, bytes } = await bulletinDocument(requireActor(request.ctx), request.params.id);
      return reply
        .type(docxType)
        .header(
          'content-disposition',
          `attachment; filename="bulletin.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(bytes);
    },
  );
}
