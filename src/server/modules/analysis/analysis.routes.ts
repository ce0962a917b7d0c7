import { requireActor } from '../../context';
import type { App } from '../../http';
import { cockpitSummary } from './cockpit';
import { ZCockpit } from './cockpit.schemas';

export function registerAnalysisRoutes(app: App): void {
  app.get('/api/v1/cockpit', { schema: { tags: ['analysis'], summary: '驾驶舱 Cockpit summary', response: { 200: ZCockpit } } }, async (request) =>
    cockpitSummary(requireActor(request.ctx)),
  );
}
