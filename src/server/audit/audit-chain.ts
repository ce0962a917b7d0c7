import { createHash, getHashes } from 'node:crypto';

/** SM3 (GB/T 32905) where Node's OpenSSL offers it, else SHA-256; the algorithm is recorded per event. */
export const preferredHashAlg: 'sm3' | 'sha256' = getHashes().includes('sm3') ? 'sm3' : 'sha256';

/** The fields of an audit event that its hash covers. */
export interface ChainedFields {
  tenantId: string | null;
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  diff: unknown;
  ip: string | null;
  prevHash: string | null;
}

/** JSON with object keys sorted at every depth, so that jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashEvent(fields: ChainedFields, alg: string): string {
  const payload = canonicalJson({ ...fields, at: fields.at.toISOString() });
  return createHash(alg).update(payload, 'utf8').digest('hex');
}

/** Recomputes a stored event's hash from its columns, with the algorithm it was written with. */
export function rehashStored(
  row: Omit<ChainedFields, 'at'> & { at: Date | string; hashAlg: string },
): string {
  const { tenantId, seq, actorId, actorName, action, entityType, entityId, diff, ip, prevHash } = row;
  const at = row.at instanceof Date ? row.at : new Date(row.at);
  return hashEvent(
    { tenantId, seq, at, actorId, actorName, action, entityType, entityId, diff, ip, prevHash },
    row.hashAlg,
  );
}
