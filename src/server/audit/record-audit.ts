import { desc, eq, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { AuditAction } from '../../domain/audit-events';
import type { Executor } from '../db/client';
import { auditEvents } from '../db/schema';
import { canonicalJson, hashEvent, preferredHashAlg } from './audit-chain';

export interface AuditInput {
  tenantId: string | null;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Fields never written to the audit log. */
const secretFields = new Set([
  'passwordHash',
  'password',
  'tokenHash',
  'totpSecret',
  'totpPendingSecret',
  'totpRecoveryCodes',
]);
/** Personal data sealed at rest: the log says that it changed, never the value (it would be plaintext here). */
const maskedFields = new Set(['phone', 'email']);
const mask = (key: string, value: unknown) =>
  maskedFields.has(key) && value !== null && value !== undefined ? '[sealed]' : value;

/** The fields that changed, as {before, after}; for a creation the whole new object. */
export function diffOf(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): { before?: Record<string, unknown>; after?: Record<string, unknown> } | null {
  const clean = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => !secretFields.has(k))
        .map(([k, v]) => [k, mask(k, v)]),
    );
  if (!before && !after) return null;
  if (!before) return { after: clean(after ?? {}) };
  if (!after) return { before: clean(before) };
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (secretFields.has(key) || key === 'updatedAt' || key === 'version') continue;
    if (canonicalJson(before[key]) !== canonicalJson(after[key])) {
      b[key] = mask(key, before[key] ?? null);
      a[key] = mask(key, after[key] ?? null);
    }
  }
  return { before: b, after: a };
}

/** JSON-safe copy (Dates as ISO strings) so that the stored jsonb and the hashed value are the same. */
function jsonSafe(value: unknown): unknown {
  return value === null || value === undefined ? null : JSON.parse(JSON.stringify(value));
}

type AuditListener = (tenantId: string | null, seq: number) => void;
const listeners = new Set<AuditListener>();

/** Called after each event is written (inside its transaction, before commit): the chain anchors count them. */
export function onAuditRecorded(listener: AuditListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Appends an event to its tenant's hash chain inside the caller's transaction, so that the event exists
 * exactly when the change it describes does. An advisory lock per chain orders concurrent writers.
 */
export async function recordAudit(tx: Executor, input: AuditInput): Promise<void> {
  const chainKey = input.tenantId ?? 'installation';
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'audit:' + chainKey}))`);
  const last = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(input.tenantId ? eq(auditEvents.tenantId, input.tenantId) : isNull(auditEvents.tenantId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const prev = last[0];
  const diff = jsonSafe(diffOf(input.before, input.after));
  const fields = {
    tenantId: input.tenantId,
    seq: (prev?.seq ?? 0) + 1,
    at: input.at,
    actorId: input.actorId,
    actorName: input.actorName,
    action: input.action,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    diff,
    ip: input.ip,
    prevHash: prev?.hash ?? null,
  };
  await tx.insert(auditEvents).values({
    id: uuidv7(),
    ...fields,
    hashAlg: preferredHashAlg,
    hash: hashEvent(fields, preferredHashAlg),
  });
  for (const listener of listeners) listener(input.tenantId, fields.seq);
}
