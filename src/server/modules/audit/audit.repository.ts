import { and, desc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditEvents } from '../../db/schema';

/** The tenant's chain, newest first, paged by seq. */
export async function listTenantAudit(tx: Executor, tenantId: string, limit: number, before?: number) {
  return tx
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), before ? lt(auditEvents.seq, before) : undefined))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}
