import { z } from 'zod';
import { surveyAbilityKeys } from '../../../domain/abilities';
import { surveyCommentMax } from '../../../domain/survey-rules';
import { codeAlphabet } from '../../../domain/surveys';
import {
  satisfactionLevels,
  surveyAudiences,
  surveyChannels,
  surveyScales,
  surveyStatuses,
  surveySubjectKinds,
} from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';
import { ZDate } from '../tasks/tasks.schemas';

export const ZSurveyQuestion = z.strictObject({
  id: z.string().regex(/^q[0-9]{1,3}$/, '问题编号应为 q1、q2…'),
  text: z.string().trim().min(2, '请写出问题').max(300),
  scale: z.enum(surveyScales),
});

/** A survey as the office builds it (满意度测评): about which subjects, asked of whom, which questions, when. */
export const ZSurveyBody = z
  .strictObject({
    title: z.string().trim().min(2, '请填写测评名称').max(200),
    intro: z.string().trim().max(2000).default(''),
    subjectKind: z.enum(surveySubjectKinds),
    subjectIds: z.array(z.uuid()).min(1, '请选择测评对象').max(200),
    audiences: z.array(z.enum(surveyAudiences)).min(1, '请选择测评群体').max(4),
    questions: z.array(ZSurveyQuestion).min(1, '至少一个问题').max(30),
    opensOn: ZDate,
    closesOn: ZDate,
    /** The open link (公开链接): on or off, and its cap on answers. */
    openLink: z.boolean().default(false),
    linkMaxAnswers: z.int().min(1).max(100_000).nullable().default(null),
  })
  .refine((b) => b.closesOn >= b.opensOn, { path: ['closesOn'], message: '结束日期不能早于开始日期' })
  .refine((b) => new Set(b.questions.map((q) => q.id)).size === b.questions.length, {
    path: ['questions'],
    message: '问题编号不能重复',
  });
export type TSurveyBody = z.infer<typeof ZSurveyBody>;

export const ZUpdateSurveyBody = z.strictObject({ version: z.int().min(1), survey: ZSurveyBody });
export type TUpdateSurveyBody = z.infer<typeof ZUpdateSurveyBody>;

export const ZMoveSurveyBody = z.strictObject({ version: z.int().min(1), to: z.enum(['open', 'closed']) });
export type TMoveSurveyBody = z.infer<typeof ZMoveSurveyBody>;

export const ZSurveySubject = z.object({ id: z.uuid(), label: z.string() });

export const ZSurvey = z.object({
  id: z.uuid(),
  title: z.string(),
  intro: z.string(),
  subjectKind: z.enum(surveySubjectKinds),
  subjects: z.array(ZSurveySubject),
  audiences: z.array(z.enum(surveyAudiences)),
  questions: z.array(ZSurveyQuestion),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(surveyStatuses),
  /** The open link's path under the public pages, or null without an open link. */
  linkPath: z.string().nullable(),
  linkMaxAnswers: z.int().nullable(),
  codeCount: z.int(),
  answerCount: z.int(),
  updatedAt: z.string(),
  abilities: zAbilities(surveyAbilityKeys),
  version: z.int(),
});
export type TSurvey = z.infer<typeof ZSurvey>;

export const ZMakeCodesBody = z.strictObject({
  count: z.int().min(1).max(500),
  audience: z.enum(surveyAudiences),
  /** The subject the codes' answers are about; may be left out when the survey has one subject. */
  subjectId: z.uuid().optional(),
});
export type TMakeCodesBody = z.infer<typeof ZMakeCodesBody>;

/** A code as the office sees it: for printing cards and for the telephone follow-up list (电话回访). */
export const ZSurveyCode = z.object({
  id: z.uuid(),
  serial: z.int(),
  code: z.string(),
  audience: z.enum(surveyAudiences),
  subjectId: z.uuid(),
  subjectLabel: z.string(),
  /** The answering page's path (the web prefixes its own address for the QR). */
  path: z.string(),
  used: z.boolean(),
  channel: z.enum(surveyChannels).nullable(),
});
export type TSurveyCode = z.infer<typeof ZSurveyCode>;
export const ZSurveyCodes = z.object({ items: z.array(ZSurveyCode) });
export const ZSurveyCodesQuery = z.strictObject({ unused: z.enum(['true', 'false']).optional() });

const ZValue = z.union([z.int(), z.enum(satisfactionLevels)]);
export const ZAnswerValues = z.record(z.string().max(8), ZValue);

export const ZPhoneAnswerBody = z.strictObject({
  codeId: z.uuid(),
  values: ZAnswerValues,
  comment: z.string().trim().max(surveyCommentMax).default(''),
});
export type TPhoneAnswerBody = z.infer<typeof ZPhoneAnswerBody>;

export const ZSurveyAnswer = z.object({
  id: z.uuid(),
  serial: z.int().nullable(),
  subjectLabel: z.string(),
  channel: z.enum(surveyChannels),
  audience: z.enum(surveyAudiences),
  values: ZAnswerValues,
  comment: z.string(),
  recordedByName: z.string().nullable(),
  answeredAt: z.string(),
  voided: z.boolean(),
  voidReason: z.string().nullable(),
  voidedByName: z.string().nullable(),
  /** The office's review marks of open-link answers (duplicate source, burst). */
  flags: z.array(z.enum(['duplicate_source', 'burst'])),
  version: z.int(),
});
export type TSurveyAnswer = z.infer<typeof ZSurveyAnswer>;
export const ZSurveyAnswers = z.object({ items: z.array(ZSurveyAnswer) });

export const ZVoidAnswerBody = z.strictObject({
  version: z.int().min(1),
  reason: z.string().trim().min(2, '请写明作废理由').max(1000),
});
export type TVoidAnswerBody = z.infer<typeof ZVoidAnswerBody>;

const ZSummary = z.object({
  count: z.int(),
  mean: z.number().nullable(),
  margin: z.number().nullable(),
  reliable: z.boolean(),
  distribution: z.record(z.string(), z.int()),
});
export const ZSurveyResults = z.object({
  surveyId: z.uuid(),
  title: z.string(),
  status: z.enum(surveyStatuses),
  questions: z.array(ZSurveyQuestion),
  answers: z.int(),
  voided: z.int(),
  minReliableAnswers: z.int(),
  subjects: z.array(
    z.object({
      subjectId: z.uuid(),
      label: z.string(),
      respondents: z.int(),
      score: z.number().nullable(),
      reliable: z.boolean(),
      byQuestion: z.record(z.string(), ZSummary),
    }),
  ),
});
export type TSurveyResults = z.infer<typeof ZSurveyResults>;

// ---- public ----

const codeChars = new RegExp(`^[${codeAlphabet}a-zA-Z0-9 _-]{1,64}$`);
export const ZSurveyCodeParams = z.strictObject({ slug: z.string().max(200), code: z.string().max(64) });
export const isPlausibleCode = (s: string) => codeChars.test(s);

/** What a respondent sees: the survey's words and questions, what it is about, never an internal id. */
export const ZPublicSurvey = z.object({
  district: z.string(),
  title: z.string(),
  intro: z.string(),
  closesOn: z.string(),
  /** For a code: its one subject; for the open link: the subjects to choose from (by their position). */
  subjects: z.array(z.object({ key: z.string(), label: z.string() })),
  questions: z.array(z.object({ id: z.string(), text: z.string(), scale: z.enum(surveyScales) })),
});
export type TPublicSurvey = z.infer<typeof ZPublicSurvey>;

export const ZPublicAnswerBody = z.strictObject({
  values: ZAnswerValues,
  comment: z.string().trim().max(surveyCommentMax).default(''),
  /** The open link only: which subject (its key from the survey's list). */
  subject: z.string().max(8).optional(),
});
export type TPublicAnswerBody = z.infer<typeof ZPublicAnswerBody>;
export const ZPublicAnswerResult = z.object({ status: z.literal('received'), answeredOn: z.string() });
export type TPublicAnswerResult = z.infer<typeof ZPublicAnswerResult>;
