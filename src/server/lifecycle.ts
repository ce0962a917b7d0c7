/**
 * Where this process is in its life, for the balancer: `starting` until it listens with its jobs running,
 * `serving`, then `draining` from the SIGTERM on (health/ready answers 503 so that the balancer stops sending
 * new requests while the ones in flight finish). One object per process, shared by main.ts and the app.
 */
export type LifecyclePhase = 'starting' | 'serving' | 'draining';

export interface Lifecycle {
  phase: LifecyclePhase;
}

export function newLifecycle(phase: LifecyclePhase = 'serving'): Lifecycle {
  return { phase };
}
