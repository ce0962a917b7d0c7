/**
 * Anchors of the audit chains' heads, kept OUTSIDE the database: the hash chain shows an edited or removed
 * event in the middle, but the database owner can delete the last events and the shorter chain still links.
 * Each anchor {tenant, last event id, seq, head hash, time} is signed with HMAC-SHA256 and appended to a JSON
 * lines file in the data folder (0600) and to the server log (which ships elsewhere); `luoshi audit verify`
 * then requires every anchored head to be still in its chain (audit/verify-audit.ts).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../context';
import type { Config } from '../config';
export { defaultAnchorSettings, type AnchorSettings } from './anchor-settings';
import { queryRows } from '../db/client';
import { withSystemTx } from '../db/tx';
import { AppError } from '../errors';
import { canonicalJson } from './audit-chain';
import { onAuditRecorded } from './record-audit';

export const anchorFileName = 'audit-anchors.jsonl';
export const anchorKeyFileName = 'audit-anchor.key';

export interface AuditAnchor {
  /** The database it was taken from (databaseIdentity): several databases may share a data folder. */
  db: string;
  /** null: the installation's own chain. */
  tenantId: string | null;
  lastEventId: string;
  seq: number;
  hash: string;
  at: string;
}

/** The HMAC key: the configured one, else <dataDir>/audit-anchor.key (created 0600 when `create`). */
export async function anchorKey(config: Config, create: boolean): Promise<Buffer | null> {
  if (config.auditAnchor.key) return Buffer.from(config.auditAnchor.key, 'utf8');
  const file = join(config.dataDir, anchorKeyFileName);
  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing !== null) return Buffer.from(existing.trim(), 'utf8');
  if (!create) return null;
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('hex');
  // 'wx': two processes racing to create it keep the first key.
  await writeFile(file, key + '\n', { mode: 0o600, flag: 'wx' }).catch(() => undefined);
  return Buffer.from((await readFile(file, 'utf8')).trim(), 'utf8');
}

function sign(key: Buffer, anchor: AuditAnchor): string {
  return createHmac('sha256', key).update(canonicalJson(anchor), 'utf8').digest('hex');
}

/**
 * Which database this is: the id made when it was created (migration 0024, never in a backup) and its name,
 * because a PostgreSQL database created from another as a template carries the same row.
 */
export async function databaseIdentity(db: AppDeps['db']): Promise<string> {
  return withSystemTx(db, async (tx) => {
    const [row] = await queryRows<{ id: string; name: string }>(
      tx,
      sql`SELECT (SELECT id::text FROM database_identity LIMIT 1) AS id, current_database() AS name`,
    );
    return `${row?.id ?? 'none'}/${row?.name ?? ''}`;
  });
}

/** The head of every chain: one index lookup per district (the chain index is (tenant, seq)). */
export async function readChainHeads(db: AppDeps['db']): Promise<Omit<AuditAnchor, 'at' | 'db'>[]> {
  return withSystemTx(db, async (tx) => {
    const rows = await queryRows<{
      tenant_id: string | null;
      id: string;
      seq: string | number;
      hash: string;
    }>(
      tx,
      sql`SELECT h.tenant_id, h.id, h.seq, h.hash
          FROM (SELECT id AS tid FROM tenants UNION ALL SELECT NULL::uuid) c
          CROSS JOIN LATERAL (
            SELECT tenant_id, id, seq, hash FROM audit_events
            WHERE coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)
                = coalesce(c.tid, '00000000-0000-0000-0000-000000000000'::uuid)
            ORDER BY seq DESC LIMIT 1) h`,
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, lastEventId: r.id, seq: Number(r.seq), hash: r.hash }));
  });
}

/**
 * Appends a signed anchor for each chain whose head is not the one in `known` (all chains when none) and
 * logs it; returns what it wrote. `known` is updated.
 */
export async function writeAuditAnchors(
  deps: AppDeps,
  options: { log?: (anchor: AuditAnchor & { mac: string }) => void; known?: Map<string, string> } = {},
): Promise<AuditAnchor[]> {
  const key = (await anchorKey(deps.config, true)) as Buffer;
  const at = deps.clock.now().toISOString();
  const db = await databaseIdentity(deps.db);
  const written: AuditAnchor[] = [];
  let lines = '';
  for (const head of await readChainHeads(deps.db)) {
    const chain = head.tenantId ?? '';
    if (options.known?.get(chain) === head.hash) continue;
    const anchor: AuditAnchor = { db, ...head, at };
    const line = { ...anchor, mac: sign(key, anchor) };
    lines += JSON.stringify(line) + '\n';
    options.log?.(line);
    options.known?.set(chain, head.hash);
    written.push(anchor);
  }
  if (lines) {
    await mkdir(deps.config.dataDir, { recursive: true, mode: 0o700 });
    await appendFile(join(deps.config.dataDir, anchorFileName), lines, { mode: 0o600, flag: 'a' });
  }
  return written;
}

/** Every anchor in the file, each checked against its signature; a forged or damaged line is refused. */
export async function readAuditAnchors(config: Config): Promise<AuditAnchor[]> {
  const text = await readFile(join(config.dataDir, anchorFileName), 'utf8').catch(() => '');
  if (!text.trim()) return [];
  const key = await anchorKey(config, false);
  if (!key)
    throw new AppError('VALIDATION_FAILED', {
      message: `审计锚点文件存在但找不到签名密钥 ${anchorKeyFileName} / anchors exist but their HMAC key is missing`,
    });
  const anchors: AuditAnchor[] = [];
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    let parsed: (AuditAnchor & { mac?: unknown }) | null = null;
    try {
      parsed = JSON.parse(raw) as AuditAnchor & { mac?: unknown };
    } catch {
      parsed = null;
    }
    const { mac, ...rest } = parsed ?? { mac: undefined };
    const anchor = rest as AuditAnchor;
    const expected = parsed ? Buffer.from(sign(key, anchor), 'hex') : null;
    const given = typeof mac === 'string' ? Buffer.from(mac, 'hex') : null;
    if (!expected || !given || given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new AppError('VALIDATION_FAILED', {
        message: `审计锚点文件第 ${index + 1} 行签名无效 / audit anchor line ${index + 1} has a bad signature`,
      });
    anchors.push(anchor);
  });
  return anchors;
}

/**
 * The anchors that hold this database, and how many belong to others that share the data folder (another
 * PostgreSQL database, the database a restore replaced): those are named by `audit verify`, not checked.
 */
export async function anchorsOfDatabase(
  config: Config,
  db: AppDeps['db'],
): Promise<{ mine: AuditAnchor[]; others: number }> {
  const all = await readAuditAnchors(config);
  if (all.length === 0) return { mine: [], others: 0 };
  const self = await databaseIdentity(db);
  const mine = all.filter((a) => a.db === self);
  return { mine, others: all.length - mine.length };
}

export interface AnchorRunner {
  /** Writes a last anchor (shutdown) and stops the timer. */
  stop(): Promise<void>;
}

/** Anchors at start, every `intervalMs` when a head moved, after every `everyEvents` events, and at stop. */
export async function startAuditAnchoring(
  deps: AppDeps,
  log: (anchor: AuditAnchor & { mac: string }) => void,
  onError: (error: unknown) => void,
): Promise<AnchorRunner> {
  const known = new Map<string, string>();
  let running: Promise<unknown> = Promise.resolve();
  let pending = false;
  const anchor = () => {
    if (pending) return running;
    pending = true;
    running = running.then(async () => {
      pending = false;
      await writeAuditAnchors(deps, { log, known }).catch(onError);
    });
    return running;
  };
  await anchor();
  const timer = setInterval(() => void anchor(), deps.config.auditAnchor.intervalMs);
  timer.unref();
  let sinceLast = 0;
  const off = onAuditRecorded(() => {
    if (++sinceLast < deps.config.auditAnchor.everyEvents) return;
    sinceLast = 0;
    // After the writer's transaction has had its chance to commit; a head not yet visible is taken next time.
    setImmediate(() => void anchor());
  });
  return {
    async stop() {
      clearInterval(timer);
      off();
      await anchor();
    },
  };
}
