import { z } from 'zod';
import { catchUpPlanAbilityKeys, catchUpPlansAbilityKeys } from '../../../domain/abilities';
import { catchUpPlanStatuses } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';
import { ZDate } from '../tasks/tasks.schemas';

const ZPlanMilestone = z.strictObject({
  title: z.string().trim().min(1).max(200),
  dueDate: ZDate,
});

/** 报送赶超措施: the cause of the lag, the measures, and new milestone dates; `version` of the owed plan. */
export const ZSubmitPlanBody = z.strictObject({
  cause: z.string().trim().min(1).max(2000),
  measures: z.string().trim().min(1).max(4000),
  milestones: z.array(ZPlanMilestone).min(1).max(20),
  version: z.number().int().positive().optional(),
});
export type TSubmitPlanBody = z.infer<typeof ZSubmitPlanBody>;

/** The office's review: approve, or return with a comment (required). */
export const ZReviewPlanBody = z
  .strictObject({
    decision: z.enum(['approve', 'return']),
    comment: z.string().trim().max(1000).default(''),
    version: z.number().int().positive(),
  })
  .refine((b) => b.decision === 'approve' || b.comment.length > 0, {
    message: '退回须说明理由',
    path: ['comment'],
  });
export type TReviewPlanBody = z.infer<typeof ZReviewPlanBody>;

export const ZCatchUpPlan = z.object({
  id: z.string(),
  taskId: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  status: z.enum(catchUpPlanStatuses),
  requiredSince: z.string(),
  dueDate: z.string(),
  /** Owed (required or returned) and past its due date. */
  overdue: z.boolean(),
  cause: z.string(),
  measures: z.string(),
  milestones: z.array(z.object({ title: z.string(), dueDate: z.string() })),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
  abilities: zAbilities(catchUpPlanAbilityKeys),
});
export type TCatchUpPlan = z.infer<typeof ZCatchUpPlan>;

export const ZCatchUpPlanList = z.object({
  /** Newest first. */
  items: z.array(ZCatchUpPlan),
  /** The due date of the plan the lead unit owes, if any. */
  owedDueBy: z.string().nullable(),
  abilities: zAbilities(catchUpPlansAbilityKeys),
});
export type TCatchUpPlanList = z.infer<typeof ZCatchUpPlanList>;
