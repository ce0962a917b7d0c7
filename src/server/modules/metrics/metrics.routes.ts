import type { AppDeps } from '../../context';
import type { App } from '../../http';
import type { Lifecycle } from '../../lifecycle';
import type { Histogram } from '../../metrics/prometheus';
import { assertMayReadMetrics } from './metrics.policy';
import { renderMetrics } from './render-metrics';

/** GET /api/v1/metrics: Prometheus text, behind LUOSHI_METRICS_TOKEN or loopback-only (metrics.policy.ts). */
export function registerMetricsRoutes(
  app: App,
  deps: AppDeps,
  lifecycle: Lifecycle,
  requests: Histogram,
): void {
  app.get(
    '/api/v1/metrics',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: '运行指标 Prometheus metrics', hide: true },
    },
    async (request, reply) => {
      assertMayReadMetrics(deps.config, {
        remoteAddress: request.socket.remoteAddress,
        authorization: request.headers.authorization,
        forwarded:
          request.headers['x-forwarded-for'] !== undefined || request.headers['x-real-ip'] !== undefined,
      });
      const text = await renderMetrics(deps, lifecycle, requests);
      return reply
        .header('cache-control', 'no-store')
        .type('text/plain; version=0.0.4; charset=utf-8')
        .send(text);
    },
  );
}
