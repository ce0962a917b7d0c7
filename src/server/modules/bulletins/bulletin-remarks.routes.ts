import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { addBulletinRemark } from './add-bulletin-remark';
import {
  ZAddRemarkBody,
  ZBulletinRemark,
  ZBulletinRemarkList,
  ZRemarkParams,
} from './bulletin-remarks.schemas';
import { listBulletinRemarks } from './list-bulletin-remarks';
import { publishBulletin } from './publish-bulletin';
import { removeBulletinRemark } from './remove-bulletin-remark';

/** Issue 16: publishing a bulletin to every unit, and the praise and criticism it names. */
export function registerBulletinRemarkRoutes(app: App): void {
  app.post(
    '/api/v1/bulletins/:id/publish',
    {
      schema: {
        tags: ['bulletins'],
        summary: '印发通报 Publish a draft bulletin to every unit (office)',
        params: ZIdParams,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => publishBulletin(requireActor(request.ctx), request.params.id),
  );
  app.get(
    '/api/v1/bulletins/:id/remarks',
    {
      schema: {
        tags: ['bulletins'],
        summary: '通报表扬和批评 Praise and criticism named in a bulletin',
        params: ZIdParams,
        response: { 200: ZBulletinRemarkList },
      },
    },
    async (request) => listBulletinRemarks(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/bulletins/:id/remarks',
    {
      schema: {
        tags: ['bulletins'],
        summary: '添加表扬或批评 Name a unit or task for praise or criticism (office, draft only)',
        params: ZIdParams,
        body: ZAddRemarkBody,
        response: { 201: ZBulletinRemark },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addBulletinRemark(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.delete(
    '/api/v1/bulletins/:id/remarks/:remarkId',
    {
      schema: {
        tags: ['bulletins'],
        summary: '删除表扬或批评 Remove a remark (office, draft only)',
        params: ZRemarkParams,
      },
    },
    async (request, reply) => {
      await removeBulletinRemark(requireActor(request.ctx), request.params.id, request.params.remarkId);
      return reply.status(204).send();
    },
  );
}
