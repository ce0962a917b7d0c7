import type { AppDeps } from '../../context';
import type { Lifecycle } from '../../lifecycle';
import { family, type Histogram } from '../../metrics/prometheus';
import { lightCacheCounts } from '../lights/compute-lights';
import { queueStates } from './metrics.repository';

/** Every series of this node in the Prometheus text format: requests, jobs, the pool, the light cache. */
export async function renderMetrics(
  deps: AppDeps,
  lifecycle: Lifecycle,
  requests: Histogram,
): Promise<string> {
  const queues = await queueStates(deps.db.orm);
  const lag = new Map<string, number>();
  for (const q of queues) lag.set(q.queue, Math.max(lag.get(q.queue) ?? 0, q.lagS));
  const pool = deps.db.poolStats();
  const cache = lightCacheCounts();
  const memory = process.memoryUsage();
  return [
    requests.render(),
    family(
      'luoshi_jobs',
      'Jobs in the shared queue (all nodes) by queue and state',
      'gauge',
      queues.map((q) => ({ labels: { queue: q.queue, state: q.state }, value: q.jobs })),
    ),
    family(
      'luoshi_job_lag_seconds',
      'How long the oldest due job of each queue has waited to start (0: none waiting)',
      'gauge',
      [...lag].map(([queue, value]) => ({ labels: { queue }, value })),
    ),
    family('luoshi_db_pool_connections', 'Database connections of this node by state', 'gauge', [
      { labels: { state: 'total' }, value: pool.total },
      { labels: { state: 'idle' }, value: pool.idle },
      { labels: { state: 'max' }, value: pool.max },
    ]),
    family('luoshi_db_pool_waiting', 'Queries of this node waiting for a connection', 'gauge', [
      { labels: {}, value: pool.waiting },
    ]),
    family('luoshi_light_cache_hits_total', 'Light reads answered from the cache of this node', 'counter', [
      { labels: {}, value: cache.hits },
    ]),
    family(
      'luoshi_light_cache_misses_total',
      'Light reads that computed the lights on this node',
      'counter',
      [{ labels: {}, value: cache.misses }],
    ),
    family('luoshi_ready', '1 while this node takes requests, 0 while starting or draining', 'gauge', [
      { labels: {}, value: lifecycle.phase === 'serving' ? 1 : 0 },
    ]),
    family('process_resident_memory_bytes', 'Resident memory of this node', 'gauge', [
      { labels: {}, value: memory.rss },
    ]),
  ].join('');
}
