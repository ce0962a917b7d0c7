import { z } from 'zod';
import { reportAbilityKeys } from '../../../domain/abilities';
import { zAbilities } from '../../policy/abilities';
import { reportHistoryActions, reportStatuses } from '../../../domain/vocabulary';

export const ZPeriod = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, '期间格式应为 2024-03（月）或 2024-Q1（季度）');

export const ZSubmitReportBody = z.strictObject({
  period: ZPeriod,
  progress: z.number().int().min(0).max(100),
  narrative: z.string().trim().min(1, '请填写工作进展').max(20_000),
  problems: z.string().trim().max(20_000).nullable().optional(),
  nextSteps: z.string().trim().max(20_000).nullable().optional(),
  /** 公开摘要: what the public pages may show once the report is approved; no names, no internal detail. */
  publicSummary: z.string().trim().max(1000).nullable().optional(),
  indicatorValues: z
    .array(z.strictObject({ targetId: z.uuid(), value: z.number().finite() }))
    .max(50)
    .optional(),
  /** Evidence uploaded first through /api/v1/attachments (佐证材料); added to what the report already cites. */
  attachmentIds: z.array(z.uuid()).max(20).optional(),
  /** Co-units' submitted shares of this period the report takes in (汇总); they become 'consolidated'. */
  shareIds: z.array(z.uuid()).max(50).optional(),
});
export type TSubmitReportBody = z.infer<typeof ZSubmitReportBody>;

export const ZReviewReportBody = z.strictObject({
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(5000).nullable().optional(),
});
export type TReviewReportBody = z.infer<typeof ZReviewReportBody>;

export const ZReport = z.object({
  id: z.string(),
  taskId: z.string(),
  unitId: z.string(),
  period: z.string(),
  progress: z.number().int(),
  narrative: z.string(),
  problems: z.string().nullable(),
  nextSteps: z.string().nullable(),
  publicSummary: z.string().nullable(),
  /** Set when the report was sent as "本期无变化": the period whose figures it carried forward. */
  carriedFromPeriod: z.string().nullable(),
  status: z.enum(reportStatuses),
  indicatorValues: z.array(z.object({ targetId: z.string(), value: z.number() })),
  submittedBy: z.string(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string(),
  signedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  history: z.array(
    z.object({
      action: z.enum(reportHistoryActions),
      comment: z.string().nullable(),
      actorName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  /** What the caller may do with this report now (domain/abilities/report.ts). */
  abilities: zAbilities(reportAbilityKeys),
  version: z.number().int(),
});
export type TReport = z.infer<typeof ZReport>;

export const ZReportList = z.object({ items: z.array(ZReport) });

export const ZReviewQueueQuery = z.object({ status: z.enum(reportStatuses).optional() });

/** 待审核: each report with its task and unit, so that the queue needs no further requests. */
export const ZReviewQueue = z.object({
  items: z.array(
    z.object({
      report: ZReport,
      task: z.object({
        id: z.string(),
        code: z.string().nullable(),
        title: z.string(),
        progress: z.number(),
      }),
      unitName: z.string(),
    }),
  ),
});
export type TReviewQueueItem = z.infer<typeof ZReviewQueue>['items'][number];
