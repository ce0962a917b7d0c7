/**
 * Audit retention (等保2.0: keep audit records at least 180 days): events older than a date are exported,
 * with their chain hashes, to a gzip'd JSON-lines file, and only then purged — by the database function
 * luoshi_audit_purge (migration 0008), which records a checkpoint (hash and seq of the last purged event) so
 * that `audit verify` starts each chain from it. A chain always keeps its last event.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { and, asc, desc, gt, lt, sql } from 'drizzle-orm';
import { defaultSettings } from '../../domain/settings';
import { queryRows, type Database, type Executor } from '../db/client';
import { withSystemTx } from '../db/tx';
import { auditCheckpoints, auditEvents, settings } from '../db/schema';
import { AppError } from '../errors';
import { rehashStored } from './audit-chain';
import { recordAudit } from './record-audit';

export const auditExportFormat = 'luoshi-audit-export';
const zeroChain = '00000000-0000-0000-0000-000000000000';

/** Midnight at the start of a YYYY-MM-DD day in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiMidnight(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00+08:00`))) {
    throw new AppError('VALIDATION_FAILED', {
      message: `日期格式应为 YYYY-MM-DD / the date must be YYYY-MM-DD: ${day}`,
    });
  }
  return new Date(`${day}T00:00:00+08:00`);
}

interface ChainPlan {
  tenantId: string | null;
  /** Hash the first exported event links to: the previous checkpoint's, or null for a chain's start. */
  startPrevHash: string | null;
  fromSeq: number;
  throughSeq: number;
  count: number;
  lastHash: string;
}

type EventRow = typeof auditEvents.$inferSelect;
const chainKey = (tenantId: string | null) => tenantId ?? zeroChain;
const chainWhere = (tenantId: string | null) =>
  sql`coalesce(${auditEvents.tenantId}, ${zeroChain}::uuid) = ${chainKey(tenantId)}::uuid`;

async function latestCheckpoints(tx: Executor): Promise<Map<string, { seq: number; hash: string }>> {
  const rows = await tx.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq));
  return new Map(rows.map((r) => [chainKey(r.tenantId), { seq: r.seq, hash: r.hash }]));
}

/** Per chain, the prefix of events before `before` that a purge would remove (never the chain's last event). */
async function planChains(tx: Executor, before: Date): Promise<ChainPlan[]> {
  const chains = await queryRows<{ tenant_id: string | null }>(
    tx,
    sql`SELECT DISTINCT tenant_id FROM audit_events`,
  );
  const checkpoints = await latestCheckpoints(tx);
  const plans: ChainPlan[] = [];
  for (const { tenant_id: tenantId } of chains) {
    const first = (
      await tx.select().from(auditEvents).where(chainWhere(tenantId)).orderBy(asc(auditEvents.seq)).limit(1)
    )[0];
    const last = (
      await tx.select().from(auditEvents).where(chainWhere(tenantId)).orderBy(desc(auditEvents.seq)).limit(1)
    )[0];
    if (!first || !last) continue;
    // The purge stops at the first event that is not old enough, so the kept part stays one unbroken chain.
    const young = (
      await tx
        .select({ seq: auditEvents.seq })
        .from(auditEvents)
        .where(and(chainWhere(tenantId), sql`${auditEvents.at} >= ${before.toISOString()}::timestamptz`))
        .orderBy(asc(auditEvents.seq))
        .limit(1)
    )[0];
    const throughSeq = Math.min(young ? young.seq - 1 : last.seq, last.seq - 1);
    if (throughSeq < first.seq) continue;
    const lastPurged = (
      await tx
        .select()
        .from(auditEvents)
        .where(and(chainWhere(tenantId), sql`${auditEvents.seq} = ${throughSeq}`))
    )[0];
    if (!lastPurged) continue;
    plans.push({
      tenantId,
      startPrevHash: checkpoints.get(chainKey(tenantId))?.hash ?? null,
      fromSeq: first.seq,
      throughSeq,
      count: throughSeq - first.seq + 1,
      lastHash: lastPurged.hash,
    });
  }
  return plans;
}

function eventLine(row: EventRow): string {
  return JSON.stringify({ ...row, at: row.at.toISOString() });
}

/** Writes the events a purge before `before` would remove, in one consistent snapshot. */
export async function exportAudit(
  db: Database,
  before: Date,
  file: string,
  now: Date,
): Promise<{ events: number; chains: ChainPlan[] }> {
  let total = 0;
  const chains = await withSystemTx(db, async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    const plans = await planChains(tx, before);
    async function* lines() {
      yield (
        JSON.stringify({
          format: auditExportFormat,
          version: 1,
          before: before.toISOString(),
          createdAt: now.toISOString(),
          chains: plans,
        }) + '\n'
      );
      for (const plan of plans) {
        let seq = plan.fromSeq - 1;
        for (;;) {
          const rows = await tx
            .select()
            .from(auditEvents)
            .where(
              and(
                chainWhere(plan.tenantId),
                gt(auditEvents.seq, seq),
                lt(auditEvents.seq, plan.throughSeq + 1),
              ),
            )
            .orderBy(asc(auditEvents.seq))
            .limit(2000);
          for (const row of rows) {
            total++;
            yield eventLine(row) + '\n';
          }
          const lastRow = rows[rows.length - 1];
          if (!lastRow) break;
          seq = lastRow.seq;
        }
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
    return plans;
  });
  return { events: total, chains };
}

interface ExportFile {
  before: Date;
  chains: ChainPlan[];
  sha256: string;
}

/**
 * Reads an export and checks it end to end: every event's hash recomputes, each chain links from its
 * start hash through consecutive seqs to its stated last hash, and the counts match the header.
 */
export async function readVerifiedExport(file: string): Promise<ExportFile> {
  const sha256 = createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  type Header = { format?: string; before?: string; chains?: ChainPlan[] };
  let header = null as Header | null;
  const progress = new Map<string, { seq: number; hash: string | null; count: number }>();
  const bad = (why: string) =>
    new AppError('VALIDATION_FAILED', {
      message: `导出文件不完整或被改动 / the export file is incomplete or altered: ${why}`,
    });
  try {
    for await (const line of lines) {
      if (!line) continue;
      const value = JSON.parse(line) as Record<string, unknown>;
      if (!header) {
        header = value as Header;
        if (header.format !== auditExportFormat || !Array.isArray(header.chains) || !header.before)
          throw bad('not an audit export');
        for (const c of header.chains)
          progress.set(chainKey(c.tenantId), { seq: c.fromSeq - 1, hash: c.startPrevHash, count: 0 });
        continue;
      }
      const row = value as unknown as EventRow & { at: string };
      const p = progress.get(chainKey(row.tenantId));
      if (!p) throw bad(`event ${row.id} belongs to no exported chain`);
      if (row.seq !== p.seq + 1 || row.prevHash !== p.hash)
        throw bad(`chain ${row.tenantId ?? 'installation'} breaks at seq ${row.seq}`);
      const recomputed = rehashStored(row);
      if (recomputed !== row.hash) throw bad(`event seq ${row.seq} does not match its hash`);
      progress.set(chainKey(row.tenantId), { seq: row.seq, hash: row.hash, count: p.count + 1 });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw bad((error as Error).message);
  }
  if (!header?.chains || !header.before) throw bad('empty file');
  for (const c of header.chains) {
    const p = progress.get(chainKey(c.tenantId));
    if (!p || p.seq !== c.throughSeq || p.hash !== c.lastHash || p.count !== c.count)
      throw bad(`chain ${c.tenantId ?? 'installation'} is not complete`);
  }
  return { before: new Date(header.before), chains: header.chains, sha256 };
}

async function retentionDaysOf(tx: Executor, tenantId: string | null): Promise<number> {
  if (!tenantId) return defaultSettings['audit.retentionDays'];
  const row = (
    await tx
      .select()
      .from(settings)
      .where(sql`${settings.tenantId} = ${tenantId} AND ${settings.key} = 'audit.retentionDays'`)
  )[0];
  const days = typeof row?.value === 'number' ? row.value : defaultSettings['audit.retentionDays'];
  return Math.max(180, days);
}

/**
 * Purges the events before `before` after checking that `exportFile` is a complete export of exactly them
 * and that every chain's retention period has passed. One transaction: all chains or none.
 */
export async function purgeAudit(
  db: Database,
  before: Date,
  exportFile: string,
  now: Date,
): Promise<{ purged: number }> {
  const exported = await readVerifiedExport(exportFile);
  if (exported.before.getTime() !== before.getTime()) {
    throw new AppError('VALIDATION_FAILED', {
      message: `导出文件的截止日期不同 / the export was made for another date (${exported.before.toISOString()})`,
    });
  }
  return withSystemTx(db, async (tx) => {
    const plans = await planChains(tx, before);
    const key = (c: ChainPlan) =>
      `${chainKey(c.tenantId)}:${c.fromSeq}:${c.throughSeq}:${c.lastHash}:${c.startPrevHash ?? ''}`;
    const want = plans.map(key).sort();
    const have = exported.chains.map(key).sort();
    if (want.join('|') !== have.join('|')) {
      throw new AppError('VALIDATION_FAILED', {
        message:
          '导出文件与待清理的事件不一致，请重新导出 / the export does not hold exactly the events to purge: export again',
      });
    }
    let purged = 0;
    for (const plan of plans) {
      const days = await retentionDaysOf(tx, plan.tenantId);
      if (before.getTime() > now.getTime() - days * 86_400_000) {
        throw new AppError('VALIDATION_FAILED', {
          message: `审计日志至少保留 ${days} 天 / audit events are kept at least ${days} days: the date must be on or before ${new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10)}`,
        });
      }
      const [row] = await queryRows<{ n: number }>(
        tx,
        sql`SELECT luoshi_audit_purge(${plan.tenantId}::uuid, ${plan.throughSeq}::bigint, ${plan.lastHash}, ${before.toISOString()}::timestamptz, ${exported.sha256}, ${now.toISOString()}::timestamptz) AS n`,
      );
      purged += Number(row?.n ?? 0);
      await recordAudit(tx, {
        tenantId: plan.tenantId,
        at: now,
        actorId: null,
        actorName: 'luoshi audit purge',
        ip: null,
        action: 'audit.purged',
        entityType: 'audit',
        after: {
          before: before.toISOString(),
          throughSeq: plan.throughSeq,
          count: plan.count,
          exportSha256: exported.sha256,
        },
      });
    }
    return { purged };
  });
}
