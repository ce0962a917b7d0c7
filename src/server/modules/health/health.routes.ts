import { z } from 'zod';
import type { AppDeps } from '../../context';
import type { App } from '../../http';
import type { Lifecycle } from '../../lifecycle';
import { checkReadiness } from './check-readiness';

const ZNotReady = z.object({
  status: z.literal('not_ready'),
  reason: z.enum(['starting', 'draining', 'database_unreachable', 'migrations_pending']),
});

/**
 * Health for people and balancers: /health (kept as it was), /health/live (the process answers: restart it
 * when this fails) and /health/ready (send it requests: 503 with a reason while starting, draining after a
 * SIGTERM, when the database does not answer in time or its migrations are behind this code).
 */
export function registerHealthRoutes(app: App, deps: AppDeps, lifecycle: Lifecycle): void {
  const ok = {
    config: { access: 'public' as const },
    schema: {
      tags: ['system'],
      summary: '健康检查 Health',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
  };
  app.get('/api/v1/health', ok, async () => ({ status: 'ok' as const }));
  app.get(
    '/api/v1/health/live',
    { ...ok, schema: { ...ok.schema, summary: '进程存活 Liveness' } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/v1/health/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: '可接收请求 Readiness',
        response: { 200: z.object({ status: z.literal('ready') }), 503: ZNotReady },
      },
    },
    async (_request, reply) => {
      const readiness = await checkReadiness(deps, lifecycle, deps.config.readyTimeoutMs);
      // Never cached by a proxy: a balancer must see the change at its next probe.
      reply.header('cache-control', 'no-store');
      if (readiness.ready) return { status: 'ready' as const };
      return reply.code(503).send({ status: 'not_ready' as const, reason: readiness.reason });
    },
  );
}
