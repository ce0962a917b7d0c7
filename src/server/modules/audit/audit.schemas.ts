import { z } from 'zod';

export const ZAuditEvent = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  diff: z.unknown().nullable(),
  ip: z.string().nullable(),
  hashAlg: z.string(),
  prevHash: z.string().nullable(),
  hash: z.string(),
});

export const ZListAuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(1).optional(),
});
export type TListAuditQuery = z.infer<typeof ZListAuditQuery>;

export const ZAuditList = z.object({ items: z.array(ZAuditEvent), nextBefore: z.number().int().nullable() });

export const ZVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), id: z.string(), reason: z.string(), tenantId: z.string().nullable() }).nullable(),
});
