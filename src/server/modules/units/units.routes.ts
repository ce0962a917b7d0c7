import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { createUnit } from './create-unit';
import { listUnits } from './list-units';
import { updateUnit } from './update-unit';
import { ZCreateUnitBody, ZListUnitsQuery, ZUnit, ZUnitList, ZUpdateUnitBody } from './units.schemas';

export function registerUnitRoutes(app: App): void {
  app.get(
    '/api/v1/units',
    {
      schema: {
        tags: ['units'],
        summary: '单位列表 List units',
        querystring: ZListUnitsQuery,
        response: { 200: ZUnitList },
      },
    },
    async (request) => ({ items: await listUnits(requireActor(request.ctx), request.query) }),
  );
  app.post(
    '/api/v1/units',
    {
      schema: {
        tags: ['units'],
        summary: '新建单位 Create a unit',
        body: ZCreateUnitBody,
        response: { 201: ZUnit },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUnit(requireActor(request.ctx), request.body)),
  );
  app.patch(
    '/api/v1/units/:id',
    {
      schema: {
        tags: ['units'],
        summary: '修改单位 Update a unit',
        params: ZIdParams,
        body: ZUpdateUnitBody,
        response: { 200: ZUnit },
      },
    },
    async (request) => updateUnit(requireActor(request.ctx), request.params.id, request.body),
  );
}
