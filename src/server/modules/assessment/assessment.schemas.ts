import { z } from 'zod';
import { achievementAbilityKeys, entryAbilityKeys } from '../../../domain/abilities';
import { zAbilities } from '../../policy/abilities';
import {
  achievementStatuses,
  assessmentEntryKinds,
  bonusKinds,
  bonusLevels,
  evaluationParties,
  schemeStatuses,
} from '../../../domain/vocabulary';
import { ZDate } from '../tasks/tasks.schemas';

export const ZYear = z.coerce.number().int().min(2000).max(2100);

const base = { year: ZYear, unitId: z.uuid(), evidence: z.string().trim().max(5000).nullable().optional() };
const score = z.number().min(0).max(100);

/** An entry the engine scores: entered by the role that owns it, with its evidence. */
export const ZCreateEntryBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('satisfaction'), ...base, period: z.string().min(1).max(20), score }),
  z.strictObject({
    kind: z.literal('evaluation'),
    ...base,
    party: z.enum(evaluationParties),
    score,
    evaluator: z.string().max(200).nullable().optional(),
  }),
  z.strictObject({
    kind: z.literal('bonus'),
    ...base,
    bonusKind: z.enum(bonusKinds),
    level: z.enum(bonusLevels).nullable().optional(),
    title: z.string().trim().min(1).max(500),
    date: ZDate,
  }),
  z.strictObject({
    kind: z.literal('veto'),
    ...base,
    vetoKind: z.string().trim().min(1).max(50),
    title: z.string().trim().min(1).max(500),
    date: ZDate,
  }),
]);
export type TCreateEntryBody = z.infer<typeof ZCreateEntryBody>;

export const ZEntry = z.object({
  id: z.string(),
  year: z.number().int(),
  kind: z.enum(assessmentEntryKinds),
  unitId: z.string(),
  data: z.record(z.string(), z.unknown()),
  evidence: z.string().nullable(),
  isVerified: z.boolean(),
  createdAt: z.string(),
  abilities: zAbilities(entryAbilityKeys),
  version: z.number().int(),
});
export type TEntry = z.infer<typeof ZEntry>;

export const ZSchemeRecord = z.object({
  id: z.string().nullable(),
  year: z.number().int(),
  version: z.number().int(),
  status: z.enum(['default', ...schemeStatuses]),
  scheme: z.unknown(),
  publishedAt: z.string().nullable(),
});

export const ZResultsQuery = z.object({ year: ZYear, asOf: z.iso.date().optional() });
export const ZFinalizeBody = z.strictObject({
  asOf: z.iso.date().optional(),
  reason: z.string().trim().max(2000).optional(),
});

export const ZResultsVersionQuery = ZResultsQuery.extend({
  version: z.coerce.number().int().min(1).optional(),
});

// ---- 个人政绩申报 achievement declarations ----
const text = (max: number) => z.string().trim().max(max);
const ZTaskIds = z
  .array(z.uuid())
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { message: '关联任务重复' });

export const ZAchievementQuery = z.object({
  year: ZYear.optional(),
  unitId: z.uuid().optional(),
  status: z.enum(achievementStatuses).optional(),
});
export const ZCreateAchievementBody = z.strictObject({
  year: ZYear,
  title: text(500).min(1),
  description: text(5000).nullable().optional(),
  evidence: text(5000).nullable().optional(),
  taskIds: ZTaskIds.optional(),
});
export type TCreateAchievementBody = z.infer<typeof ZCreateAchievementBody>;
export const ZUpdateAchievementBody = z.strictObject({
  version: z.number().int().min(1),
  year: ZYear.optional(),
  title: text(500).min(1).optional(),
  description: text(5000).nullable().optional(),
  evidence: text(5000).nullable().optional(),
  taskIds: ZTaskIds.optional(),
});
export type TUpdateAchievementBody = z.infer<typeof ZUpdateAchievementBody>;
export const ZVerifyAchievementBody = z.strictObject({
  version: z.number().int().min(1),
  comment: text(2000).nullable().optional(),
});
export const ZRejectAchievementBody = z.strictObject({
  version: z.number().int().min(1),
  comment: text(2000).min(1),
});

export const ZAchievement = z.object({
  id: z.string(),
  year: z.number().int(),
  userId: z.string(),
  userName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  evidence: z.string().nullable(),
  taskIds: z.array(z.string()),
  tasks: z.array(z.object({ id: z.string(), code: z.string().nullable(), title: z.string() })),
  status: z.enum(achievementStatuses),
  decisionComment: z.string().nullable(),
  decidedAt: z.string().nullable(),
  abilities: zAbilities(achievementAbilityKeys),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TAchievement = z.infer<typeof ZAchievement>;
