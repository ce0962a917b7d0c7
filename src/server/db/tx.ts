import { sql } from 'drizzle-orm';
import type { Database, Executor } from './client';

/** Who a request transaction runs for: row-level security filters every table by tenantId. */
export interface TxScope {
  tenantId: string;
  userId: string | null;
}

/**
 * Runs fn in one transaction as the non-owning role luoshi_app with the tenant and user set on the
 * transaction, so that row-level security holds even for a query that forgets its tenant filter.
 */
export async function withTenantTx<T>(
  db: Database,
  scope: TxScope,
  fn: (tx: Executor) => Promise<T>,
): Promise<T> {
  return db.orm.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('app.tenant_id', ${scope.tenantId}, true), set_config('app.user_id', ${scope.userId ?? ''}, true)`,
    );
    await tx.execute(sql`SET LOCAL ROLE luoshi_app`);
    return fn(tx as unknown as Executor);
  });
}

/**
 * Runs fn in one transaction as the owning role, across tenants. Only for what precedes a tenant (login,
 * session look-up), the CLI, migrations, backup and audit verification — never for a request's business.
 */
export async function withSystemTx<T>(db: Database, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.orm.transaction(async (tx) => fn(tx as unknown as Executor));
}
