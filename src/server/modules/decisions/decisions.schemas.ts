import { z } from 'zod';
import { decisionAbilityKeys } from '../../../domain/abilities';
import { zAbilities } from '../../policy/abilities';
import { maxDocumentChars } from '../../documents/parse-limits';
import { creatableDecisionKinds, decisionKinds, taskSources } from '../../../domain/vocabulary';
import { ZDate, ZTask } from '../tasks/tasks.schemas';

export const ZDecision = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(decisionKinds),
  date: z.string(),
  source: z.enum(taskSources),
  hasText: z.boolean(),
  fileName: z.string().nullable(),
  extractedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  taskCounts: z.object({ draft: z.number().int(), published: z.number().int(), total: z.number().int() }),
  /** What the caller may do with this decision now (decisions.policy.ts), so the page never works it out. */
  abilities: zAbilities(decisionAbilityKeys),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TDecision = z.infer<typeof ZDecision>;

export const ZDecisionDetail = ZDecision.extend({
  text: z.string().nullable(),
  outline: z.unknown().nullable(),
});
export type TDecisionDetail = z.infer<typeof ZDecisionDetail>;

export const ZCreateDecisionBody = z.strictObject({
  title: z.string().trim().min(1, '请填写标题').max(200),
  kind: z.enum(creatableDecisionKinds),
  date: ZDate,
  source: z.enum(taskSources),
  text: z.string().max(maxDocumentChars).nullable().optional(),
  /** Create it even though a decision with the same title and date exists (the page asked the clerk first). */
  confirmDuplicate: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .optional(),
});
export type TCreateDecisionBody = z.infer<typeof ZCreateDecisionBody>;

export const ZUpdateDecisionBody = z.strictObject({
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(creatableDecisionKinds).optional(),
  date: ZDate.optional(),
  source: z.enum(taskSources).optional(),
  text: z.string().max(maxDocumentChars).nullable().optional(),
});
export type TUpdateDecisionBody = z.infer<typeof ZUpdateDecisionBody>;

export const ZListDecisionsQuery = z.object({
  q: z.string().max(100).optional(),
  kind: z.enum(decisionKinds).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TListDecisionsQuery = z.infer<typeof ZListDecisionsQuery>;

export const ZDecisionList = z.object({ items: z.array(ZDecision), total: z.number().int() });

export const ZExtractResult = z.object({
  created: z.number().int(),
  kept: z.number().int(),
  removed: z.number().int(),
  tasks: z.array(ZTask),
});

export const ZPublishResult = z.object({ published: z.number().int(), tasks: z.array(ZTask) });

export const ZImportResult = z.object({ created: z.number().int(), tasks: z.array(ZTask) });

/** 合并草稿: two or more distinct drafts of the decision, each with the version the page saw. */
export const ZMergeDraftsBody = z.strictObject({
  items: z
    .array(z.strictObject({ id: z.uuid(), version: z.number().int().positive() }))
    .min(2, '请至少选择两条草稿')
    .max(50)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, '草稿不能重复'),
});
export type TMergeDraftsBody = z.infer<typeof ZMergeDraftsBody>;
