import { z } from 'zod';
import { feedbackAbilityKeys } from '../../../domain/abilities';
import { caseLevels, feedbackStatuses, feedbackSubjects } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';
import { ZCase } from '../supervision/supervision.schemas';
import { ZDate } from '../tasks/tasks.schemas';

export const feedbackMessageMax = 2000;
export const feedbackContactMax = 100;

/** A public message as sent: what about (a public task or project by its code, or general), text, contact. */
export const ZSubmitFeedbackBody = z.strictObject({
  subject: z.enum(feedbackSubjects),
  /** The public task's or project's code as the public pages show it; absent for a general message. */
  about: z.string().trim().max(64).optional(),
  message: z
    .string()
    .trim()
    .min(5, '请至少写 5 个字')
    .max(feedbackMessageMax, `留言不能超过 ${feedbackMessageMax} 字`),
  contact: z.string().trim().max(feedbackContactMax, `联系方式不能超过 ${feedbackContactMax} 字`).optional(),
});
export type TSubmitFeedbackBody = z.infer<typeof ZSubmitFeedbackBody>;

/** The receipt, shown once: only its hash is kept. */
export const ZFeedbackReceipt = z.object({
  receipt: z.string(),
  status: z.enum(feedbackStatuses),
  receivedOn: z.string(),
});
export type TFeedbackReceipt = z.infer<typeof ZFeedbackReceipt>;

export const ZReceiptParams = z.strictObject({ slug: z.string().max(200), receipt: z.string().max(64) });

/** What the receipt shows: the status and the office's word, never the message's personal data. */
export const ZFeedbackStatus = z.object({
  status: z.enum(feedbackStatuses),
  about: z.string(),
  receivedOn: z.string(),
  /** True once the office turned the message into a supervision case (督办). */
  caseOpened: z.boolean(),
  answer: z.string().nullable(),
  closeReason: z.string().nullable(),
  decidedOn: z.string().nullable(),
});
export type TFeedbackStatus = z.infer<typeof ZFeedbackStatus>;

/** The answers the office chose to publish, beside the message's public text. */
export const ZPublishedFeedback = z.object({
  district: z.string(),
  updatedAt: z.string(),
  items: z.array(
    z.object({
      about: z.string(),
      message: z.string(),
      answer: z.string(),
      receivedOn: z.string(),
      answeredOn: z.string(),
    }),
  ),
});
export type TPublishedFeedback = z.infer<typeof ZPublishedFeedback>;

export const ZFeedbackQuery = z.object({ status: z.enum(feedbackStatuses).optional() });

export const ZFeedback = z.object({
  id: z.string(),
  subject: z.enum(feedbackSubjects),
  about: z.string(),
  taskId: z.string().nullable(),
  projectId: z.string().nullable(),
  message: z.string(),
  /** The sender's contact (sealed at rest); only the office sees it. */
  contact: z.string().nullable(),
  status: z.enum(feedbackStatuses),
  caseId: z.string().nullable(),
  answer: z.string().nullable(),
  isPublished: z.boolean(),
  publicMessage: z.string().nullable(),
  closeReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  receivedAt: z.string(),
  /** The earlier message this one likely repeats (the first of its chain), or null. */
  duplicateOf: z.string().nullable(),
  /** The message with recognisable personal data removed: where the office starts the public text. */
  suggestedPublicMessage: z.string(),
  abilities: zAbilities(feedbackAbilityKeys),
  version: z.number().int(),
});
export type TFeedback = z.infer<typeof ZFeedback>;

const version = z.number().int().positive();

export const ZFeedbackCaseBody = z.strictObject({
  version,
  title: z.string().trim().min(1, '请填写督办事项').max(200),
  level: z.enum(caseLevels),
  requirements: z.string().trim().min(1, '请填写督办要求').max(10_000),
  deadline: ZDate,
  unitIds: z.array(z.uuid()).max(100).default([]),
});
export type TFeedbackCaseBody = z.infer<typeof ZFeedbackCaseBody>;
export const ZFeedbackCaseResult = z.object({ feedback: ZFeedback, case: ZCase });

export const ZAnswerFeedbackBody = z
  .strictObject({
    version,
    answer: z.string().trim().min(1, '请填写答复').max(4000),
    /** Publish the answer on the public page, beside `publicMessage` (the message without personal data). */
    publish: z.boolean().default(false),
    publicMessage: z.string().trim().max(feedbackMessageMax).optional(),
  })
  .refine((b) => !b.publish || (b.publicMessage ?? '').length > 0, {
    path: ['publicMessage'],
    message: '公开答复时请填写去除个人信息后的留言内容',
  });
export type TAnswerFeedbackBody = z.infer<typeof ZAnswerFeedbackBody>;

export const ZCloseFeedbackBody = z.strictObject({
  version,
  reason: z.string().trim().min(1, '请填写不予受理的理由').max(2000),
});
export type TCloseFeedbackBody = z.infer<typeof ZCloseFeedbackBody>;
