import { z } from 'zod';
import { caseAbilityKeys, rectificationAbilityKeys } from '../../../domain/abilities';
import { zAbilities } from '../../policy/abilities';
import {
  accountabilityTypes,
  caseDecisions,
  caseLevels,
  caseOrigins,
  measureKinds,
  rectificationStatuses,
  supervisionCaseStatuses,
} from '../../../domain/vocabulary';
import { ZDate } from '../tasks/tasks.schemas';
import { deadlineFields } from '../case-deadlines/case-deadlines.schemas';

const text = (max: number, message = '请填写内容') => z.string().trim().min(1, message).max(max);

export const ZOpenCaseBody = z.strictObject({
  title: text(200, '请填写督办事项'),
  origin: z.enum(caseOrigins),
  level: z.enum(caseLevels),
  requirements: text(10_000, '请填写督办要求'),
  deadline: ZDate,
  taskIds: z.array(z.uuid()).max(100).default([]),
  unitIds: z.array(z.uuid()).max(100).default([]),
});
export type TOpenCaseBody = z.infer<typeof ZOpenCaseBody>;

/** Evidence uploaded first through /api/v1/attachments (佐证材料). */
const ZAttachmentIds = z.array(z.uuid()).max(20).optional();
export const ZAnswerCaseBody = z.strictObject({
  answer: text(20_000, '请填写整改措施和进展'),
  attachmentIds: ZAttachmentIds,
});
export const ZDecideCaseBody = z.strictObject({
  action: z.enum(caseDecisions),
  comment: z.string().trim().max(5000).nullable().optional(),
  level: z.enum(caseLevels).optional(),
  version: z.number().int().positive(),
});
export type TDecideCaseBody = z.infer<typeof ZDecideCaseBody>;

export const ZCase = z.object({
  id: z.string(),
  title: z.string(),
  origin: z.enum(caseOrigins),
  level: z.enum(caseLevels),
  requirements: z.string(),
  deadline: z.string(),
  status: z.enum(supervisionCaseStatuses),
  taskIds: z.array(z.string()),
  unitIds: z.array(z.string()),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The public message (社情民意) the case was opened from, if any. */
  feedbackId: z.string().nullable(),
  /** Lit while the case waits on its units (issued, escalated); issue 16. */
  ...deadlineFields,
  history: z.array(
    z.object({
      action: z.string(),
      comment: z.string().nullable(),
      level: z.string().nullable(),
      actorName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  abilities: zAbilities(caseAbilityKeys),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TCase = z.infer<typeof ZCase>;

export const ZInspectionBody = z.strictObject({
  date: ZDate,
  team: text(500, '请填写督查组成员'),
  places: text(2000, '请填写督查地点'),
  summary: z.string().trim().max(20_000).nullable().optional(),
  caseId: z.uuid().nullable().optional(),
  findings: z
    .array(
      z.strictObject({
        finding: text(5000, '请填写发现的问题'),
        unitId: z.uuid(),
        deadline: ZDate,
        taskId: z.uuid().nullable().optional(),
      }),
    )
    .max(100)
    .default([]),
});
export type TInspectionBody = z.infer<typeof ZInspectionBody>;

export const ZRectification = z.object({
  id: z.string(),
  inspectionId: z.string().nullable(),
  caseId: z.string().nullable(),
  taskId: z.string().nullable(),
  finding: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  deadline: z.string(),
  measures: z.string().nullable(),
  evidence: z.string().nullable(),
  status: z.enum(rectificationStatuses),
  isOverdue: z.boolean(),
  /** Lit until verified (销号), as isOverdue; issue 16. */
  ...deadlineFields,
  submittedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  abilities: zAbilities(rectificationAbilityKeys),
  version: z.number().int(),
});
export type TRectification = z.infer<typeof ZRectification>;

export const ZSubmitRectificationBody = z.strictObject({
  measures: text(20_000, '请填写整改措施'),
  evidence: z.string().trim().max(20_000).nullable().optional(),
  attachmentIds: ZAttachmentIds,
  version: z.number().int().positive(),
});
export const ZVerifyRectificationBody = z.strictObject({
  decision: z.enum(['verify', 'reject']),
  comment: z.string().trim().max(5000).nullable().optional(),
  version: z.number().int().positive(),
});

export const ZInterviewBody = z.strictObject({
  date: ZDate,
  unitId: z.uuid(),
  person: text(100, '请填写约谈对象'),
  reason: text(5000, '请填写约谈事由'),
  caseId: z.uuid().nullable().optional(),
  taskId: z.uuid().nullable().optional(),
  rectificationId: z.uuid().nullable().optional(),
});
export const ZAccountabilityBody = z.strictObject({
  type: z.enum(accountabilityTypes),
  date: ZDate,
  unitId: z.uuid(),
  person: z.string().trim().max(100).nullable().optional(),
  reason: text(5000, '请填写问责事由'),
  caseId: z.uuid().nullable().optional(),
  taskId: z.uuid().nullable().optional(),
  rectificationId: z.uuid().nullable().optional(),
});
export type TInterviewBody = z.infer<typeof ZInterviewBody>;
export type TAccountabilityBody = z.infer<typeof ZAccountabilityBody>;

export const ZRecord = z.object({
  id: z.string(),
  kind: z.enum(measureKinds),
  type: z.string().nullable(),
  date: z.string(),
  unitId: z.string(),
  person: z.string().nullable(),
  reason: z.string(),
  caseId: z.string().nullable(),
  taskId: z.string().nullable(),
  rectificationId: z.string().nullable(),
});
