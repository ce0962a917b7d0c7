import { z } from 'zod';
import type { App } from '../../http';

export function registerHealthRoutes(app: App): void {
  app.get(
    '/api/v1/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: '健康检查 Health',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
}
