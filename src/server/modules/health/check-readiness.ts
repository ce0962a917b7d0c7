import type { AppDeps } from '../../context';
import { newestMigration } from '../../db/migrate';
import type { Lifecycle } from '../../lifecycle';
import { migrationApplied } from './health.repository';

/** Why a node is not ready: the balancer's log shows it, and docs/operations.md lists them. */
export type NotReadyReason = 'starting' | 'draining' | 'database_unreachable' | 'migrations_pending';

export type Readiness = { ready: true } | { ready: false; reason: NotReadyReason };

/**
 * Ready means: this process is serving (not starting, not draining after a SIGTERM), its database answers
 * within `timeoutMs`, and the newest migration this code knows is applied there. A node that is not ready
 * still answers the request it is given; the balancer just stops sending it new ones.
 */
export async function checkReadiness(
  deps: AppDeps,
  lifecycle: Lifecycle,
  timeoutMs: number,
): Promise<Readiness> {
  if (lifecycle.phase !== 'serving') return { ready: false, reason: lifecycle.phase };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const newest = await newestMigration();
    const applied = await Promise.race([migrationApplied(deps.db.orm, newest), timeout]);
    if (applied === 'timeout') return { ready: false, reason: 'database_unreachable' };
    return applied ? { ready: true } : { ready: false, reason: 'migrations_pending' };
  } catch {
    return { ready: false, reason: 'database_unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
