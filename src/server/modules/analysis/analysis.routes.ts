import { z } from 'zod';
import { requireActor } from '../../context';
import type { App } from '../../http';
import { cockpitSummary } from './cockpit';

const light = z.enum(['red', 'yellow', 'green']);

export const ZCockpit = z.object({
  asOf: z.string(),
  overall: z.object({ published: z.number(), completed: z.number(), completionRate: z.number(), red: z.number(), yellow: z.number() }),
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), total: z.number(), completed: z.number(), red: z.number(), yellow: z.number(), green: z.number() })),
  portfolio: z.array(
    z.object({ id: z.string(), code: z.string().nullable(), title: z.string(), unitName: z.string(), progress: z.number(), dueDate: z.string().nullable(), status: z.string(), light, reasons: z.array(z.string()) }),
  ),
  instructions: z.array(z.object({ id: z.string(), taskId: z.string(), taskTitle: z.string(), leaderName: z.string(), text: z.string(), createdAt: z.string(), answered: z.boolean() })),
  overdueRectifications: z.array(z.object({ id: z.string(), finding: z.string(), unitName: z.string(), deadline: z.string() })),
});

export function registerAnalysisRoutes(app: App): void {
  app.get('/api/v1/cockpit', { schema: { tags: ['analysis'], summary: '驾驶舱 Cockpit summary', response: { 200: ZCockpit } } }, async (request) =>
    cockpitSummary(requireActor(request.ctx)),
  );
}
