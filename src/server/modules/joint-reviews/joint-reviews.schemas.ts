/**
 * 联审联批 (issue 14): the joint-review API's bodies and answers. The web re-exports the inferred types
 * (web/src/api/joint-reviews.ts).
 */
import { z } from 'zod';
import { jointReviewItemAbilityKeys, jointReviewsAbilityKeys } from '../../../domain/abilities';
import { jointReviewItemStatuses, jointReviewStatuses } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';

const ZDay = z.iso.date('日期格式应为 YYYY-MM-DD');

/** 发起联审: the project (and optionally its procedure node), the deadline, one item per department. */
export const ZOpenJointReviewBody = z.strictObject({
  projectId: z.uuid('请选择项目'),
  nodeId: z.uuid().nullable().optional(),
  title: z.string().trim().min(1, '请填写联审事项').max(200),
  description: z.string().trim().max(4000).default(''),
  deadline: ZDay,
  departments: z
    .array(
      z.strictObject({
        unitId: z.uuid('请选择部门'),
        subject: z.string().trim().max(200).default(''),
      }),
    )
    .min(1, '至少选择一个部门')
    .max(30),
});
export type TOpenJointReviewBody = z.infer<typeof ZOpenJointReviewBody>;

/** A department's answer: 同意, 有条件同意 (conditions required) or 需补充材料 (what is missing required). */
export const ZAnswerItemBody = z
  .strictObject({
    status: z.enum(['approved', 'approved_with_conditions', 'needs_material']),
    answer: z.string().trim().max(4000).default(''),
    version: z.number().int().positive(),
  })
  .refine((b) => b.status === 'approved' || b.answer.length > 0, {
    message: '有条件同意须写明条件，需补充材料须写明所缺材料',
    path: ['answer'],
  });
export type TAnswerItemBody = z.infer<typeof ZAnswerItemBody>;

export const ZJointReviewItemParams = z.strictObject({ id: z.uuid(), itemId: z.string().min(1).max(64) });

export const ZListJointReviewsQuery = z.object({
  projectId: z.uuid().optional(),
  status: z.enum(jointReviewStatuses).optional(),
  unitId: z.uuid().optional(),
  /** Only reviews with an item overdue today (true), or with none (false). */
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TListJointReviewsQuery = z.infer<typeof ZListJointReviewsQuery>;

export const ZJointReviewItem = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  subject: z.string(),
  status: z.enum(jointReviewItemStatuses),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredByName: z.string().nullable(),
  firstAnsweredAt: z.string().nullable(),
  /** Calendar days from the opening to the first answer (to today while pending). */
  daysTaken: z.number().int(),
  /** Calendar days the first answer came (or is, today) past the deadline; 0 when on time. */
  delayDays: z.number().int(),
  /** Pending and past the deadline: shown red. */
  overdue: z.boolean(),
  version: z.number().int(),
  abilities: zAbilities(jointReviewItemAbilityKeys),
});
export type TJointReviewItem = z.infer<typeof ZJointReviewItem>;

export const ZJointReviewSummary = z.object({
  id: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  nodeId: z.string().nullable(),
  nodeName: z.string().nullable(),
  title: z.string(),
  deadline: z.string(),
  status: z.enum(jointReviewStatuses),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  itemCount: z.number().int(),
  answeredCount: z.number().int(),
  overdueCount: z.number().int(),
});
export type TJointReviewSummary = z.infer<typeof ZJointReviewSummary>;

export const ZJointReview = ZJointReviewSummary.extend({
  description: z.string(),
  openedByName: z.string().nullable(),
  version: z.number().int(),
  items: z.array(ZJointReviewItem),
});
export type TJointReview = z.infer<typeof ZJointReview>;

export const ZJointReviewList = z.object({
  items: z.array(ZJointReviewSummary),
  total: z.number().int(),
  abilities: zAbilities(jointReviewsAbilityKeys),
});
export type TJointReviewList = z.infer<typeof ZJointReviewList>;
