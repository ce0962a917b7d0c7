import { z } from 'zod';
import { requireActor } from '../../context';
import type { App } from '../../http';
import { listLights } from './list-lights';
import { ZLightsResponse } from './lights.schemas';

export function registerLightRoutes(app: App): void {
  app.get(
    '/api/v1/lights',
    {
      schema: {
        tags: ['lights'],
        summary: '红黄灯 Red and yellow tasks as of a date',
        querystring: z.object({ asOf: z.iso.date().optional() }),
        response: { 200: ZLightsResponse },
      },
    },
    async (request) => listLights(requireActor(request.ctx), request.query.asOf),
  );
}
