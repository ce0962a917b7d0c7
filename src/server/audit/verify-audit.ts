import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditCheckpoints, auditEvents } from '../db/schema';
import { rehashStored } from './audit-chain';

export interface BrokenEvent {
  tenantId: string | null;
  seq: number;
  id: string;
  reason: 'hash_mismatch' | 'chain_broken' | 'sequence_gap';
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: BrokenEvent | null;
}

/**
 * Walks every chain visible to the executor in order and recomputes each hash: an edited event no longer
 * matches its hash, a deleted or inserted one breaks the sequence or the link to its predecessor.
 */
export async function verifyAuditChains(tx: Executor, tenantId?: string): Promise<VerifyResult> {
  const pageSize = 2000;
  let checked = 0;
  let lastKey: { chain: string; seq: number } | null = null;
  let prev: { chain: string; seq: number; hash: string } | null = null;
  const chainOf = sql<string>`coalesce(${auditEvents.tenantId}::text, '')`;
  const checkpoints = new Map<string, { seq: number; hash: string }>();
  for (const cp of await tx.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq))) {
    checkpoints.set(cp.tenantId ?? '', { seq: cp.seq, hash: cp.hash });
  }
  for (;;) {
    const rows: (typeof auditEvents.$inferSelect)[] = await tx
      .select()
      .from(auditEvents)
      .where(
        sql`${tenantId ? sql`(${auditEvents.tenantId} = ${tenantId} OR ${auditEvents.tenantId} IS NULL)` : sql`true`}
          AND ${lastKey ? sql`(${chainOf}, ${auditEvents.seq}) > (${lastKey.chain}, ${lastKey.seq})` : sql`true`}`,
      )
      .orderBy(asc(chainOf), asc(auditEvents.seq))
      .limit(pageSize);
    for (const row of rows) {
      const chain = row.tenantId ?? '';
      const sameChain: boolean = prev !== null && prev.chain === chain;
      const broken = (reason: BrokenEvent['reason']): VerifyResult => ({
        ok: false,
        checked,
        firstBroken: { tenantId: row.tenantId, seq: row.seq, id: row.id, reason },
      });
      // A purged chain starts after its latest checkpoint (audit/retention.ts), linked to its hash.
      const start = checkpoints.get(chain);
      const expectedSeq: number = sameChain && prev ? prev.seq + 1 : start ? start.seq + 1 : 1;
      if (row.seq !== expectedSeq) return broken('sequence_gap');
      const expectedPrev = sameChain && prev ? prev.hash : (start?.hash ?? null);
      if (row.prevHash !== expectedPrev) return broken('chain_broken');
      const recomputed = rehashStored(row);
      if (recomputed !== row.hash) return broken('hash_mismatch');
      checked++;
      prev = { chain, seq: row.seq, hash: row.hash };
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) break;
    lastKey = { chain: last.tenantId ?? '', seq: last.seq };
  }
  return { ok: true, checked, firstBroken: null };
}
