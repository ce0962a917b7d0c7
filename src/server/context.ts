import type { Role } from '../domain/roles';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Database, Executor } from './db/client';
import { isStandbyFailure, type ReadReplica } from './db/read-replica';
import { withTenantTx, type TxScope } from './db/tx';
import { AppError } from './errors';
import type { AuditInput } from './audit/record-audit';

/** What every request and CLI command is given: injected, so that tests choose the database and clock. */
export interface AppDeps {
  db: Database;
  clock: Clock;
  config: Config;
  /** The standby for heavy reads (DATABASE_READ_URL), when one is configured. */
  replica?: ReadReplica;
}

/** The logged-in user a request acts for. */
export interface Actor {
  userId: string;
  tenantId: string;
  unitId: string | null;
  roles: Role[];
  username: string;
  displayName: string;
  sessionId: string;
}

export interface RequestContext extends AppDeps {
  actor: Actor | null;
  ip: string;
  userAgent: string | null;
  language: 'zh' | 'en';
}

export interface AuthedContext extends RequestContext {
  actor: Actor;
}

export function requireActor(ctx: RequestContext): AuthedContext {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx as AuthedContext;
}

/** One transaction for the actor's tenant under row-level security. */
export function tenantTx<T>(ctx: AuthedContext, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return withTenantTx(ctx.db, { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId }, fn);
}

/**
 * One read-only transaction for a tenant on the read replica when there is one within its lag bound, else on
 * the primary — for the heavy reads only (cockpit, analysis, exports, public pages, assessment preview): what a
 * user just saved may not be there yet. A read the standby fails (gone, cancelled by recovery) runs again on
 * the primary. Never write in `fn`: a standby refuses it.
 */
export async function withTenantReadTx<T>(
  deps: AppDeps,
  scope: TxScope,
  fn: (tx: Executor) => Promise<T>,
): Promise<T> {
  const standby = deps.replica ? await deps.replica.choose() : null;
  if (!standby) return withTenantTx(deps.db, scope, fn);
  try {
    return await withTenantTx(standby, scope, fn);
  } catch (error) {
    if (!isStandbyFailure(error)) throw error;
    deps.replica?.markFailed();
    return withTenantTx(deps.db, scope, fn);
  }
}

/** withTenantReadTx for the actor's tenant. */
export function readTx<T>(ctx: AuthedContext, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return withTenantReadTx(ctx, { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId }, fn);
}

/** The who/when/where of an audit event written by this actor. */
export function auditBase(
  ctx: AuthedContext,
): Pick<AuditInput, 'tenantId' | 'at' | 'actorId' | 'actorName' | 'ip'> {
  return {
    tenantId: ctx.actor.tenantId,
    at: ctx.clock.now(),
    actorId: ctx.actor.userId,
    actorName: ctx.actor.displayName,
    ip: ctx.ip,
  };
}
