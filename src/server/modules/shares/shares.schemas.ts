import { z } from 'zod';
import {
  cooperationRatingsAbilityKeys,
  ratingNeedsReason,
  taskShareAbilityKeys,
  taskSharesAbilityKeys,
} from '../../../domain/shares';
import { cooperationRatings, shareStatuses } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';
import { ZAttachment } from '../attachments/attachments.schemas';
import { ZPeriod } from '../reports/reports.schemas';

export const ZSharesQuery = z.object({ period: ZPeriod.optional() });
export type TSharesQuery = z.infer<typeof ZSharesQuery>;

/** The share id is checked in the use case (404 when unknown), after the task's own visibility. */
export const ZShareParams = z.object({ id: z.uuid(), shareId: z.string().min(1).max(64) });

/** 配合单位分报: a co-unit's share of one period; `version` when it redoes the share it already gave. */
export const ZSubmitShareBody = z.strictObject({
  period: ZPeriod,
  narrative: z.string().trim().min(1, '请填写本单位完成情况').max(4000),
  problems: z.string().trim().max(2000).nullable().optional(),
  values: z
    .array(z.strictObject({ targetId: z.uuid(), value: z.number().finite() }))
    .max(50)
    .default([]),
  attachmentIds: z.array(z.uuid()).max(20).default([]),
  version: z.number().int().positive().optional(),
});
export type TSubmitShareBody = z.infer<typeof ZSubmitShareBody>;

/** The lead unit asks the co-unit to redo its share, saying why. */
export const ZReturnShareBody = z.strictObject({
  reason: z.string().trim().min(1, '请说明退回理由').max(2000),
  version: z.number().int().positive(),
});
export type TReturnShareBody = z.infer<typeof ZReturnShareBody>;

export const ZTaskShare = z.object({
  id: z.string(),
  taskId: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  period: z.string(),
  status: z.enum(shareStatuses),
  narrative: z.string(),
  problems: z.string().nullable(),
  returnReason: z.string().nullable(),
  reportId: z.string().nullable(),
  values: z.array(z.object({ targetId: z.string(), value: z.number() })),
  attachments: z.array(ZAttachment),
  submittedByName: z.string().nullable(),
  submittedAt: z.string(),
  version: z.number().int(),
  abilities: zAbilities(taskShareAbilityKeys),
});
export type TTaskShare = z.infer<typeof ZTaskShare>;

/** One co-unit's line for the period: its share, or none yet (the lead unit sees who has not reported). */
export const ZTaskShareList = z.object({
  period: z.string(),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string().nullable(),
      share: ZTaskShare.nullable(),
    }),
  ),
  abilities: zAbilities(taskSharesAbilityKeys),
});
export type TTaskShareList = z.infer<typeof ZTaskShareList>;

/** 待报送的配合任务: the caller's unit's running co-tasks whose share of the current period is owed. */
export const ZDueShares = z.object({
  period: z.string(),
  items: z.array(
    z.object({
      taskId: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      leadUnitName: z.string().nullable(),
      /** Returned by the lead unit: the reason; otherwise not given yet. */
      status: z.enum(['missing', 'returned']),
      returnReason: z.string().nullable(),
    }),
  ),
});
export type TDueShares = z.infer<typeof ZDueShares>;

export const ZRatingsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export type TRatingsQuery = z.infer<typeof ZRatingsQuery>;

/** 配合评价: the lead unit's ratings of its co-units for a year (a reason for fair and poor); `version` of a rating it changes. */
export const ZPutRatingsBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  ratings: z
    .array(
      z
        .strictObject({
          coUnitId: z.uuid(),
          rating: z.enum(cooperationRatings),
          reason: z.string().trim().max(1000).default(''),
          version: z.number().int().positive().optional(),
        })
        .superRefine((r, ctx) => {
          if (ratingNeedsReason(r.rating) && r.reason === '')
            ctx.addIssue({ code: 'custom', path: ['reason'], message: '评为“一般”或“差”须说明理由' });
        }),
    )
    .min(1)
    .max(100),
});
export type TPutRatingsBody = z.infer<typeof ZPutRatingsBody>;

export const ZCooperationRatings = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      coUnitId: z.string(),
      coUnitName: z.string().nullable(),
      rating: z.enum(cooperationRatings).nullable(),
      reason: z.string().nullable(),
      ratedByName: z.string().nullable(),
      ratedAt: z.string().nullable(),
      version: z.number().int().nullable(),
    }),
  ),
  abilities: zAbilities(cooperationRatingsAbilityKeys),
});
export type TCooperationRatings = z.infer<typeof ZCooperationRatings>;
