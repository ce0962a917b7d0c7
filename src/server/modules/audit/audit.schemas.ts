import { z } from 'zod';
import { auditActions } from '../../../domain/audit-events';
import { auditEntityTypes } from '../../../domain/audit-labels';

export const ZAuditEvent = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** The operator's unit, or the office a supervisor or leader belongs to (督查室, 区领导). */
  actorUnit: z.string().nullable(),
  action: z.string(),
  /** The action in Chinese (审核通过 for report.approved). */
  actionLabel: z.string(),
  entityType: z.string().nullable(),
  entityTypeLabel: z.string(),
  entityId: z.string().nullable(),
  /** The object by its name or code (task code and title, unit name, user's name …), null when unknown. */
  entityName: z.string().nullable(),
  /** The fields that changed (record-audit.ts diffOf); a creation has only `after`. */
  diff: z
    .object({
      before: z.record(z.string(), z.unknown()).optional(),
      after: z.record(z.string(), z.unknown()).optional(),
    })
    .nullable(),
  ip: z.string().nullable(),
  hashAlg: z.string(),
  prevHash: z.string().nullable(),
  hash: z.string(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

const ZDay = z.iso.date('日期格式应为 YYYY-MM-DD');

/** Filters the auditor narrows the log by: who, what, on which object, between which days (Asia/Shanghai). */
const filterShape = {
  actorId: z.uuid().optional(),
  action: z.enum(auditActions).optional(),
  entityType: z.enum(auditEntityTypes).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
};
const fromNotAfterTo = (q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  if (q.from && q.to && q.from > q.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
};

export const ZAuditFilters = z.object(filterShape).superRefine(fromNotAfterTo);
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZListAuditQuery = z
  .object({
    ...filterShape,
    limit: z.coerce.number().int().min(1).max(500).default(50),
    before: z.coerce.number().int().min(1).optional(),
  })
  .superRefine(fromNotAfterTo);
export type TListAuditQuery = z.infer<typeof ZListAuditQuery>;

export const ZAuditList = z.object({ items: z.array(ZAuditEvent), nextBefore: z.number().int().nullable() });

/** Who appears in the tenant's log, for the operator filter (the auditor may not list users). */
export const ZAuditActors = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string().nullable() })),
});

export const ZVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z
    .object({ seq: z.number().int(), id: z.string(), reason: z.string(), tenantId: z.string().nullable() })
    .nullable(),
  /** The chain ends before a head recorded by a signed anchor outside the database: its last events were deleted. */
  truncated: z
    .object({
      tenantId: z.string().nullable(),
      endsAt: z.object({ seq: z.number().int(), id: z.string() }).nullable(),
      anchor: z.object({
        tenantId: z.string().nullable(),
        lastEventId: z.string(),
        seq: z.number().int(),
        hash: z.string(),
        at: z.string(),
      }),
    })
    .nullable(),
});
