import { z } from 'zod';
import { requireActor } from '../../context';
import type { App } from '../../http';
import { listLights } from './list-lights';

const reasons = z.enum(['overdue', 'behind_schedule', 'half_time_half_task', 'due_soon', 'missing_report']);
export const ZLightsResponse = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({ taskId: z.string(), code: z.string().nullable(), title: z.string(), leadUnitId: z.string().nullable(), light: z.enum(['red', 'yellow']), reasons: z.array(reasons) }),
  ),
});

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
