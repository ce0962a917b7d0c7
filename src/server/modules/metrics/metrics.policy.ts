import { timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config';
import { AppError } from '../../errors';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface MetricsCaller {
  /** The socket's peer, never X-Forwarded-For. */
  remoteAddress: string | undefined;
  authorization: string | undefined;
  /** A proxy's forwarding header: the caller is not really on this machine. */
  forwarded: boolean;
}

/**
 * Who may read the metrics: with LUOSHI_METRICS_TOKEN set, a caller sending `Authorization: Bearer <token>`
 * (401 otherwise); without it, a caller on this machine that came straight, not through a proxy (403
 * otherwise) — a balancer on the same host forwards the world from 127.0.0.1, and it says so in its headers.
 */
export function assertMayReadMetrics(config: Pick<Config, 'metricsToken'>, caller: MetricsCaller): void {
  if (config.metricsToken) {
    const expected = Buffer.from(`Bearer ${config.metricsToken}`);
    const given = Buffer.from(caller.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new AppError('UNAUTHENTICATED');
    return;
  }
  if (caller.forwarded || !caller.remoteAddress || !loopback.has(caller.remoteAddress))
    throw new AppError('FORBIDDEN');
}
