import { z } from 'zod';
import { taskAbilityKeys } from '../../../domain/abilities';
import { zAbilities } from '../../policy/abilities';
import { ledgerViewKeys, parseLedgerViewKeys } from '../../../domain/ledger-view';
import {
  comparators,
  dueDateSources,
  lightReasons,
  lights,
  taskSources,
  taskStatuses,
  targetShareStatuses,
} from '../../../domain/vocabulary';
import { coShareStates } from '../../../domain/ledger-responsibility';

export const ZDate = z.iso.date('日期格式应为 YYYY-MM-DD');

export const ZTarget = z.object({
  id: z.string(),
  indicator: z.string(),
  unit: z.string(),
  comparator: z.enum(comparators),
  targetValue: z.number().nullable(),
  targetValueMax: z.number().nullable(),
  placeholder: z.boolean(),
  baseline: z.number().nullable(),
  currentValue: z.number().nullable(),
  deadline: z.string().nullable(),
  deadlineText: z.string().nullable(),
  raw: z.string().nullable(),
});

export type TTarget = z.infer<typeof ZTarget>;

export const ZMilestone = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: z.string(),
  weight: z.number().nullable(),
  completedAt: z.string().nullable(),
});

export const ZTask = z.object({
  id: z.string(),
  code: z.string().nullable(),
  decisionId: z.string(),
  parentId: z.string().nullable(),
  title: z.string(),
  content: z.string().nullable(),
  category: z.string().nullable(),
  source: z.enum(taskSources),
  sectionPath: z.array(z.string()),
  status: z.enum(taskStatuses),
  leadUnitId: z.string().nullable(),
  leadUnitName: z.string().nullable(),
  coUnitIds: z.array(z.string()),
  leadLeaderId: z.string().nullable(),
  leadLeaderName: z.string().nullable(),
  responsiblePerson: z.string().nullable(),
  /** 责任人 as an account (issue 15), set by the lead unit; beside the free-text name above. */
  responsibleUserId: z.string().nullable(),
  responsibleUserName: z.string().nullable(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  originalDueDate: z.string().nullable(),
  progress: z.number().int(),
  isKey: z.boolean(),
  edited: z.boolean(),
  sourceOffset: z.number().int().nullable(),
  sourceLength: z.number().int().nullable(),
  /** Where an extracted draft's due date came from; null when not extracted or the office set the date. */
  dueDateSource: z.enum(dueDateSources).nullable(),
  /** A heading on the draft's section path is a guess of the extractor: the office should check it. */
  headingUncertain: z.boolean(),
  targets: z.array(ZTarget),
  milestones: z.array(ZMilestone),
  publishedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  statusReason: z.string().nullable(),
  /** The light as of today (Asia/Shanghai); null for drafts and tasks without dates. */
  light: z.enum(lights).nullable(),
  lightReasons: z.array(z.enum(lightReasons)),
  /** What the caller may do with this task now, so that the pages never work the rules out again. */
  abilities: zAbilities(taskAbilityKeys),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TTask = z.infer<typeof ZTask>;

export type TMilestone = z.infer<typeof ZMilestone>;

export const ZTargetInput = z.strictObject({
  indicator: z.string().trim().min(1).max(200),
  unit: z.string().trim().max(20).default(''),
  targetValue: z.number().finite().nullable(),
  targetValueMax: z.number().finite().nullable().optional(),
  baseline: z.number().finite().nullable().optional(),
  comparator: z.enum(comparators).optional(),
  placeholder: z.boolean().optional(),
  deadline: ZDate.nullable().optional(),
});
export type TTargetInput = z.infer<typeof ZTargetInput>;

export const ZMilestoneInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  dueDate: ZDate,
  weight: z.number().min(0).max(100).nullable().optional(),
});
export type TMilestoneInput = z.infer<typeof ZMilestoneInput>;

const title = z.string().trim().min(1, '请填写任务名称').max(500);
const content = z.string().max(20_000).nullable();

export const ZCreateTaskBody = z.strictObject({
  decisionId: z.uuid(),
  parentId: z.uuid().nullable().optional(),
  title,
  content: content.optional(),
  category: z.string().trim().max(50).nullable().optional(),
  source: z.enum(taskSources).optional(),
  sectionPath: z.array(z.string().max(200)).max(10).optional(),
  leadUnitId: z.uuid(),
  coUnitIds: z.array(z.uuid()).max(100).optional(),
  leadLeaderId: z.uuid().nullable().optional(),
  responsiblePerson: z.string().trim().max(100).nullable().optional(),
  startDate: ZDate,
  dueDate: ZDate,
  isKey: z.boolean().optional(),
  targets: z.array(ZTargetInput).max(50).optional(),
  milestones: z.array(ZMilestoneInput).max(50).optional(),
});
export type TCreateTaskBody = z.infer<typeof ZCreateTaskBody>;

/** Every field a supervisor may change; targets and milestones, when given, replace the old lists. */
export const ZTaskChanges = z.strictObject({
  parentId: z.uuid().nullable().optional(),
  title: title.optional(),
  content: content.optional(),
  category: z.string().trim().max(50).nullable().optional(),
  source: z.enum(taskSources).optional(),
  sectionPath: z.array(z.string().max(200)).max(10).optional(),
  leadUnitId: z.uuid().nullable().optional(),
  coUnitIds: z.array(z.uuid()).max(100).optional(),
  leadLeaderId: z.uuid().nullable().optional(),
  responsiblePerson: z.string().trim().max(100).nullable().optional(),
  startDate: ZDate.nullable().optional(),
  dueDate: ZDate.nullable().optional(),
  isKey: z.boolean().optional(),
  targets: z.array(ZTargetInput).max(50).optional(),
  milestones: z.array(ZMilestoneInput).max(50).optional(),
});
export type TTaskChanges = z.infer<typeof ZTaskChanges>;

export const ZUpdateTaskBody = ZTaskChanges.extend({ version: z.number().int().positive() }).strict();
export type TUpdateTaskBody = z.infer<typeof ZUpdateTaskBody>;

export const ZBulkUpdateBody = z.strictObject({
  items: z
    .array(z.strictObject({ id: z.uuid(), version: z.number().int().positive() }))
    .min(1)
    .max(500),
  changes: ZTaskChanges.pick({
    leadUnitId: true,
    coUnitIds: true,
    leadLeaderId: true,
    responsiblePerson: true,
    startDate: true,
    dueDate: true,
    category: true,
    source: true,
    isKey: true,
  }),
});
export type TBulkUpdateBody = z.infer<typeof ZBulkUpdateBody>;

/** Ledger sort fields (server-side, the ledger is paginated); `-` in front sorts descending. */
export const taskSortFields = ['code', 'dueDate', 'startDate', 'leadUnit', 'status', 'progress'] as const;
export type TTaskSortField = (typeof taskSortFields)[number];
const taskSorts = [...taskSortFields, ...taskSortFields.map((f) => `-${f}` as const)] as const;

export const ZListTasksQuery = z.object({
  decisionId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  /** Only tasks this unit leads (unitId also matches cooperating units): the cockpit's bars link here. */
  leadUnitId: z.uuid().optional(),
  leaderId: z.uuid().optional(),
  status: z.enum(taskStatuses).optional(),
  light: z.enum(lights).optional(),
  source: z.enum(taskSources).optional(),
  q: z.string().max(100).optional(),
  sort: z.enum(taskSorts, { error: `排序字段应为 ${taskSorts.join('、')} 之一` }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TListTasksQuery = z.infer<typeof ZListTasksQuery>;

/** The tasks of a batch (签收, 本期无变化): distinct ids, at most 500. */
export const ZTaskIdsBody = z.strictObject({
  taskIds: z
    .array(z.uuid())
    .min(1, '请选择任务')
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, '任务重复'),
});

/** The ledger export and print: the list's filters and sort, and the columns in the screen's order. */
export const ZLedgerSheetQuery = ZListTasksQuery.omit({ page: true, pageSize: true }).extend({
  columns: z
    .string()
    .max(1000)
    .optional()
    .refine((v) => parseLedgerViewKeys(v).unknown.length === 0, {
      message: `未知的列；可选：${ledgerViewKeys.join('、')}`,
    }),
});
export type TLedgerSheetQuery = z.infer<typeof ZLedgerSheetQuery>;

export const ZTaskList = z.object({ items: z.array(ZTask), total: z.number().int() });
export type TTaskList = z.infer<typeof ZTaskList>;

/** 暂停/恢复/撤销 with the reason. */
export const ZChangeTaskStatusBody = z.strictObject({
  action: z.enum(['suspend', 'resume', 'cancel']),
  reason: z.string().trim().min(1, '请写明原因').max(2000),
  version: z.number().int().positive(),
});
export type TChangeTaskStatusBody = z.infer<typeof ZChangeTaskStatusBody>;

/** The ledger as text for the A3 print view (build-ledger-sheet.ts). */
export const ZLedgerSheet = z.object({
  title: z.string(),
  columns: z.array(
    z.object({ key: z.string(), header: z.string(), width: z.number(), isReadOnly: z.boolean() }),
  ),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type TLedgerSheet = z.infer<typeof ZLedgerSheet>;

/** District leaders (区领导) to choose a task's lead leader from. */
export const ZLeaderList = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string() })),
});
export type TLeader = z.infer<typeof ZLeaderList>['items'][number];

/**
 * 落实到单位 in the ledger's drawer: each co-unit's share of the latest closed period (`period`) and each
 * target's per-unit shares, as far as the caller may see them.
 */
export const ZTaskResponsibility = z.object({
  period: z.string(),
  coShares: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string().nullable(),
      state: z.enum(coShareStates),
      givenOn: z.string().nullable(),
      returnReason: z.string().nullable(),
    }),
  ),
  targetShares: z.array(
    z.object({
      targetId: z.string(),
      indicator: z.string(),
      /** The target's unit of measure (万人, 个). */
      measureUnit: z.string(),
      comparator: z.enum(comparators),
      unitId: z.string(),
      unitName: z.string().nullable(),
      targetValue: z.number(),
      targetValueMax: z.number().nullable(),
      currentValue: z.number().nullable(),
      progress: z.number().nullable(),
      status: z.enum(targetShareStatuses),
    }),
  ),
});
export type TTaskResponsibility = z.infer<typeof ZTaskResponsibility>;
