import type { App } from '../http';
import { Histogram } from './prometheus';

/** The request latency histogram of one app, by method, route pattern (never the raw URL) and status class. */
export function registerHttpMetrics(app: App): Histogram {
  const histogram = new Histogram(
    'luoshi_http_request_duration_seconds',
    'Time to answer a request, by route pattern and status class',
  );
  app.addHook('onResponse', async (request, reply) => {
    // The pattern keeps the series few (/api/v1/tasks/:id, not one per task); unknown URLs share one.
    const route = request.routeOptions.url ?? 'unmatched';
    histogram.observe(
      { method: request.method, route, status: `${Math.floor(reply.statusCode / 100)}xx` },
      reply.elapsedTime / 1000,
    );
  });
  return histogram;
}
