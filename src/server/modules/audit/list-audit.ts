import { tenantTx, type AuthedContext } from '../../context';
import { verifyAuditChains, type VerifyResult } from '../../audit/verify-audit';
import { assertCan } from '../units/units.policy';
import { canReadAudit } from './audit.policy';
import { listTenantAudit } from './audit.repository';
import type { TListAuditQuery } from './audit.schemas';

export async function listAudit(ctx: AuthedContext, query: TListAuditQuery) {
  assertCan(canReadAudit(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listTenantAudit(tx, ctx.actor.tenantId, query.limit, query.before);
    const items = rows.map((r) => ({
      id: r.id,
      seq: r.seq,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      diff: r.diff ?? null,
      ip: r.ip,
      hashAlg: r.hashAlg,
      prevHash: r.prevHash,
      hash: r.hash,
    }));
    const last = rows[rows.length - 1];
    return { items, nextBefore: rows.length === query.limit && last ? last.seq : null };
  });
}

/** Verifies the tenant's chain (and the installation chain) as the auditor sees them. */
export async function verifyAudit(ctx: AuthedContext): Promise<VerifyResult> {
  assertCan(canReadAudit(ctx.actor));
  return tenantTx(ctx, (tx) => verifyAuditChains(tx, ctx.actor.tenantId));
}
