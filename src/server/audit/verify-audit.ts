import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditCheckpoints, auditEvents } from '../db/schema';
import type { AuditAnchor } from './audit-anchor';
import { rehashStored } from './audit-chain';

export interface BrokenEvent {
  tenantId: string | null;
  seq: number;
  id: string;
  reason: 'hash_mismatch' | 'chain_broken' | 'sequence_gap' | 'anchor_mismatch';
}

/** A chain that ends before a head an anchor recorded: its last events were deleted. */
export interface Truncation {
  tenantId: string | null;
  /** The chain's last event now, null when none is left. */
  endsAt: { seq: number; id: string } | null;
  anchor: AuditAnchor;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: BrokenEvent | null;
  truncated: Truncation | null;
}

/**
 * Walks every chain visible to the executor in order and recomputes each hash: an edited event no longer
 * matches its hash, a deleted or inserted one breaks the sequence or the link to its predecessor. Every
 * anchored head (audit-anchor.ts) must still be in its chain with its hash, so deleting the last events shows.
 */
export async function verifyAuditChains(
  tx: Executor,
  tenantId?: string,
  anchors: readonly AuditAnchor[] = [],
): Promise<VerifyResult> {
  const pageSize = 2000;
  let checked = 0;
  let lastKey: { chain: string; seq: number } | null = null;
  let prev: { chain: string; seq: number; hash: string } | null = null;
  const chainOf = sql<string>`coalesce(${auditEvents.tenantId}::text, '')`;
  const checkpoints = new Map<string, { seq: number; hash: string }>();
  for (const cp of await tx.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq))) {
    checkpoints.set(cp.tenantId ?? '', { seq: cp.seq, hash: cp.hash });
  }
  const anchored = new Map<string, Map<number, AuditAnchor>>();
  for (const a of anchors) {
    if (tenantId && a.tenantId !== null && a.tenantId !== tenantId) continue;
    const chain = a.tenantId ?? '';
    if (!anchored.has(chain)) anchored.set(chain, new Map());
    anchored.get(chain)?.set(a.seq, a);
  }
  const ends = new Map<string, { seq: number; id: string }>();
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
        truncated: null,
      });
      // A purged chain starts after its latest checkpoint (audit/retention.ts), linked to its hash.
      const start = checkpoints.get(chain);
      const expectedSeq: number = sameChain && prev ? prev.seq + 1 : start ? start.seq + 1 : 1;
      if (row.seq !== expectedSeq) return broken('sequence_gap');
      const expectedPrev = sameChain && prev ? prev.hash : (start?.hash ?? null);
      if (row.prevHash !== expectedPrev) return broken('chain_broken');
      const recomputed = rehashStored(row);
      if (recomputed !== row.hash) return broken('hash_mismatch');
      const anchor = anchored.get(chain)?.get(row.seq);
      if (anchor && (anchor.hash !== row.hash || anchor.lastEventId !== row.id))
        return broken('anchor_mismatch');
      ends.set(chain, { seq: row.seq, id: row.id });
      checked++;
      prev = { chain, seq: row.seq, hash: row.hash };
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) break;
    lastKey = { chain: last.tenantId ?? '', seq: last.seq };
  }
  for (const [chain, byseq] of anchored) {
    const end = ends.get(chain) ?? null;
    // Anchors at or below a retention checkpoint were purged with an export, not deleted.
    const floor = Math.max(end?.seq ?? 0, checkpoints.get(chain)?.seq ?? 0);
    const beyond = [...byseq.values()].filter((a) => a.seq > floor).sort((a, b) => b.seq - a.seq)[0];
    if (beyond)
      return {
        ok: false,
        checked,
        firstBroken: null,
        truncated: { tenantId: beyond.tenantId, endsAt: end, anchor: beyond },
      };
  }
  return { ok: true, checked, firstBroken: null, truncated: null };
}
