import { z } from 'zod';
import { blockerAbilityKeys, blockersAbilityKeys } from '../../../domain/abilities';
import { blockerEventKinds, blockerLevels, blockerStatuses } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';
import { ZDate } from '../tasks/tasks.schemas';

/** 提出堵点: on a project or a task (exactly one), its kind (one of `blockers.kinds`), what blocks, what is asked. */
export const ZCreateBlockerBody = z
  .strictObject({
    projectId: z.uuid().optional(),
    taskId: z.uuid().optional(),
    kind: z.string().trim().min(1).max(20),
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000).default(''),
    ask: z.string().trim().max(2000).default(''),
    askedUnitIds: z.array(z.uuid()).max(20).default([]),
    /** The unit that tries first; the raising unit when left out. */
    ownerUnitId: z.uuid().optional(),
    dueDate: ZDate,
  })
  .refine((b) => (b.projectId === undefined) !== (b.taskId === undefined), {
    message: '须选择一个项目或一项任务',
    path: ['projectId'],
  });
export type TCreateBlockerBody = z.infer<typeof ZCreateBlockerBody>;

export const ZEscalateBody = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  version: z.number().int().positive(),
});
export const ZResolveBody = z.strictObject({
  resolution: z.string().trim().min(1).max(4000),
  version: z.number().int().positive(),
});
export const ZCloseBody = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  version: z.number().int().positive(),
});
export const ZConfirmBody = z.strictObject({ version: z.number().int().positive() });
export const ZRejectBody = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  version: z.number().int().positive(),
});
export type TEscalateBody = z.infer<typeof ZEscalateBody>;
export type TResolveBody = z.infer<typeof ZResolveBody>;
export type TCloseBody = z.infer<typeof ZCloseBody>;
export type TRejectBody = z.infer<typeof ZRejectBody>;

export const ZBlockerListQuery = z.strictObject({
  kind: z.string().max(20).optional(),
  level: z.enum(blockerLevels).optional(),
  status: z.enum(blockerStatuses).optional(),
  ownerUnitId: z.uuid().optional(),
  /** The contracting leader who owns it or whose project/task it hangs from. */
  leaderId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  /** Raised at least this many days ago. */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** Only the ones still live (open, coordinating, pending confirmation). */
  live: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TBlockerListQuery = z.infer<typeof ZBlockerListQuery>;

export const ZBlockerFileParams = z.strictObject({ id: z.uuid(), fileId: z.string().max(64) });

const ZBlockerFile = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type TBlockerFile = z.infer<typeof ZBlockerFile>;

export const ZBlocker = z.object({
  id: z.string(),
  projectId: z.string().nullable(),
  taskId: z.string().nullable(),
  subjectName: z.string().nullable(),
  subjectCode: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  description: z.string(),
  ask: z.string(),
  askedUnits: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  dueDate: z.string(),
  /** Past its due date and still live. */
  overdue: z.boolean(),
  level: z.enum(blockerLevels),
  levelSince: z.string(),
  /** The last day at this level before the reminder run takes it up (null at the top or when not open). */
  levelDeadline: z.string().nullable(),
  status: z.enum(blockerStatuses),
  raisedByUnitId: z.string(),
  raisedByUnitName: z.string().nullable(),
  ownerUnitId: z.string(),
  ownerUnitName: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  ownerUserName: z.string().nullable(),
  /** Who owns it now, in words: the unit, the leader or the office. */
  ownerKind: z.enum(['unit', 'leader', 'office']),
  raisedAt: z.string(),
  ageDays: z.number().int(),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: zAbilities(blockerAbilityKeys),
});
export type TBlocker = z.infer<typeof ZBlocker>;

export const ZBlockerEvent = z.object({
  id: z.string(),
  kind: z.enum(blockerEventKinds),
  fromLevel: z.enum(blockerLevels).nullable(),
  toLevel: z.enum(blockerLevels).nullable(),
  reason: z.string().nullable(),
  meetingDecisionId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const ZBlockerDetail = ZBlocker.extend({
  events: z.array(ZBlockerEvent),
  files: z.array(ZBlockerFile),
});
export type TBlockerDetail = z.infer<typeof ZBlockerDetail>;

export const ZBlockerList = z.object({
  items: z.array(ZBlocker),
  total: z.number().int(),
  abilities: zAbilities(blockersAbilityKeys),
  /** The tenant's kinds, for the filter and the raise dialog. */
  kinds: z.array(z.string()),
});
export type TBlockerList = z.infer<typeof ZBlockerList>;

const ZCount = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
export const ZBlockerStats = z.object({
  /** Live blockers (open, coordinating, pending confirmation) the caller sees. */
  live: z.number().int(),
  byKind: z.array(ZCount),
  byLevel: z.array(ZCount),
  /** Per contracting leader (owner at level leader, or leader of the project/task). */
  byLeader: z.array(ZCount),
});
export type TBlockerStats = z.infer<typeof ZBlockerStats>;
export { ZBlockerFile };

/** The blockers section of the bulletin and the quarterly analysis (src/domain/blocker-summary.ts). */
export const ZBlockerSummary = z.object({
  opened: z.number().int(),
  cleared: z.number().int(),
  avgDaysToClear: z.number().nullable(),
  closed: z.number().int(),
  stillOpen: z.number().int(),
  oldestOpen: z.array(
    z.object({
      title: z.string(),
      subjectName: z.string(),
      ownerUnitName: z.string(),
      level: z.enum(blockerLevels),
      raisedOn: z.string(),
      ageDays: z.number().int(),
    }),
  ),
});
