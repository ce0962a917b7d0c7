/**
 * The key-projects API (issue #13): every response and body shape. The web re-exports the inferred types
 * (web/src/api/projects.ts). Amounts are strings in 万元 with at most two decimals ("1234.50"): never floats.
 */
import { z } from 'zod';
import { projectAbilityKeys, projectReportAbilityKeys } from '../../../domain/abilities';
import { zAbilities } from '../../policy/abilities';
import {
  lights,
  projectLightReasons,
  projectNodeKinds,
  projectReportStatuses,
  projectSources,
  projectStages,
  projectUnitRoles,
} from '../../../domain/vocabulary';

export const ZDay = z.iso.date('日期格式应为 YYYY-MM-DD');

/** An amount in 万元 as the API answers it: "1234.50". */
export const ZWan = z.string().regex(/^-?\d{1,12}(\.\d{1,2})?$/);
export type TWan = z.infer<typeof ZWan>;

/** An amount in 万元 as a body gives it: a string with at most two decimals, never negative. */
export const ZWanInput = z
  .string('金额应为字符串，如 "1234.50"')
  .trim()
  .regex(/^-?\d{1,12}(\.\d{1,2})?$/, '金额应为最多两位小数的数字（万元），如 1234.50')
  .refine((v) => !v.startsWith('-'), '金额不能为负数');

/** What the caller may do with a project now (decided on the server, src/domain/abilities/project.ts). */
export const ZProjectAbilities = zAbilities(projectAbilityKeys);
export type TProjectAbilities = z.infer<typeof ZProjectAbilities>;

export const ZProjectSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  source: z.enum(projectSources),
  stage: z.enum(projectStages),
  stageReason: z.string().nullable(),
  year: z.number().int(),
  streetUnitId: z.string().nullable(),
  streetUnitName: z.string().nullable(),
  leaderIds: z.array(z.string()),
  leaderNames: z.array(z.string()),
  totalInvestment: ZWan,
  annualPlan: ZWan,
  carryOver: ZWan,
  /** Approved and submitted reports of `year` (a submitted report counts as reported until returned). */
  completedThisYear: ZWan,
  /** The monthly plan up to today, the current month prorated by day (src/domain/project-lights.ts). */
  planToDate: ZWan,
  /** completedThisYear / annualPlan × 100, rounded down; may exceed 100; 0 without an annual plan. */
  progressPct: z.number().int(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  light: z.enum(lights),
  lightReasons: z.array(z.enum(projectLightReasons)),
  isPublic: z.boolean(),
  version: z.number().int(),
  abilities: ZProjectAbilities,
});
export type TProjectSummary = z.infer<typeof ZProjectSummary>;

export const ZProjectUnit = z.object({
  unitId: z.string(),
  unitName: z.string(),
  role: z.enum(projectUnitRoles),
});
export type TProjectUnit = z.infer<typeof ZProjectUnit>;

export const ZProjectTarget = z.object({
  id: z.string(),
  indicator: z.string(),
  unit: z.string(),
  targetValue: z.number().nullable(),
});
export type TProjectTarget = z.infer<typeof ZProjectTarget>;

export const ZPlanMonth = z.object({ month: z.number().int().min(1).max(12), amount: ZWan });
export type TPlanMonth = z.infer<typeof ZPlanMonth>;

export const ZProject = ZProjectSummary.extend({
  address: z.string().nullable(),
  ownerEnterprise: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  /** A user who may report for the project besides the street office's users. */
  contactUserId: z.string().nullable(),
  units: z.array(ZProjectUnit),
  /** The plenary tasks the project serves (links). */
  taskIds: z.array(z.string()),
  targets: z.array(ZProjectTarget),
  /** The plan of `year` by month; months without a plan are left out. */
  monthlyPlan: z.array(ZPlanMonth),
  baselinedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TProject = z.infer<typeof ZProject>;

export const ZProjectList = z.object({ items: z.array(ZProjectSummary), total: z.number().int() });
export type TProjectList = z.infer<typeof ZProjectList>;

export const ZProjectNode = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  kind: z.enum(projectNodeKinds),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  baselineStart: z.string().nullable(),
  baselineEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  /** Node ids this node waits for (finish-to-start). */
  dependsOn: z.array(z.string()),
  sort: z.number().int(),
  /** Past its planned end (as of today, or the request's asOf) without an actual end. */
  late: z.boolean(),
  version: z.number().int(),
});
export type TProjectNode = z.infer<typeof ZProjectNode>;

export const ZProjectNodes = z.object({ items: z.array(ZProjectNode) });
export type TProjectNodes = z.infer<typeof ZProjectNodes>;

export const ZNodeUpdate = z.object({
  nodeId: z.string(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
});
export type TNodeUpdate = z.infer<typeof ZNodeUpdate>;

export const ZProjectPhoto = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type TProjectPhoto = z.infer<typeof ZProjectPhoto>;

export const ZProjectReport = z.object({
  id: z.string(),
  projectId: z.string(),
  year: z.number().int(),
  month: z.number().int(),
  amount: ZWan,
  imageProgress: z.string(),
  nodeUpdates: z.array(ZNodeUpdate),
  photos: z.array(ZProjectPhoto),
  status: z.enum(projectReportStatuses),
  reviewComment: z.string().nullable(),
  submittedBy: z.string(),
  submittedByName: z.string(),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: zAbilities(projectReportAbilityKeys),
});
export type TProjectReport = z.infer<typeof ZProjectReport>;

export const ZProjectReports = z.object({ items: z.array(ZProjectReport) });
export type TProjectReports = z.infer<typeof ZProjectReports>;

export const ZProjectLight = z.object({
  projectId: z.string(),
  light: z.enum(lights),
  reasons: z.array(z.enum(projectLightReasons)),
});
export type TProjectLight = z.infer<typeof ZProjectLight>;

export const ZProjectLights = z.object({ asOf: z.string(), items: z.array(ZProjectLight) });
export type TProjectLights = z.infer<typeof ZProjectLights>;

export const ganttGroupings = ['type', 'street', 'leader', 'none'] as const;
export type GanttGrouping = (typeof ganttGroupings)[number];

export const ZGanttRow = z.object({
  projectId: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  street: z.string().nullable(),
  leaders: z.array(z.string()),
  light: z.enum(lights),
  nodes: z.array(ZProjectNode),
});
export type TGanttRow = z.infer<typeof ZGanttRow>;

export const ZGantt = z.object({
  asOf: z.string(),
  groupBy: z.enum(ganttGroupings),
  /** Groups in label order; a project with several leaders shows under each (groupBy=leader). */
  groups: z.array(z.object({ key: z.string(), label: z.string(), rows: z.array(ZGanttRow) })),
});
export type TGantt = z.infer<typeof ZGantt>;

// ---- bodies and queries ----

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const ZProjectUnitInput = z.strictObject({ unitId: z.uuid(), role: z.enum(projectUnitRoles) });
export const ZProjectTargetInput = z.strictObject({
  indicator: text(200).min(1, '请填写指标'),
  unit: text(20).default(''),
  targetValue: z.number().finite().nullable(),
});
export const ZPlanMonthInput = z.strictObject({
  month: z.number().int().min(1, '月份应为 1–12').max(12, '月份应为 1–12'),
  amount: ZWanInput,
});

/** Every field of a project the office edits; lists, when given, replace the old ones. */
export const ZProjectChanges = z.strictObject({
  /** Left out on create: the server numbers it (2026-XM-001). */
  code: text(40).min(1).optional(),
  name: text(200).min(1, '请填写项目名称').optional(),
  /** One of the tenant's `projects.types` labels. */
  type: text(20).min(1).optional(),
  source: z.enum(projectSources).optional(),
  stage: z.enum(projectStages).optional(),
  /** Required for 暂缓 and 终止. */
  stageReason: optionalText(2000),
  year: z.number().int().min(2000).max(2100).optional(),
  address: optionalText(300),
  ownerEnterprise: optionalText(200),
  contactName: optionalText(50),
  contactPhone: optionalText(30),
  contactUserId: z.uuid().nullable().optional(),
  totalInvestment: ZWanInput.optional(),
  annualPlan: ZWanInput.optional(),
  carryOver: ZWanInput.optional(),
  plannedStart: ZDay.nullable().optional(),
  plannedEnd: ZDay.nullable().optional(),
  isPublic: z.boolean().optional(),
  leaderIds: z.array(z.uuid()).max(20).optional(),
  /** At most one unit with role `street`. */
  units: z.array(ZProjectUnitInput).max(50).optional(),
  taskIds: z.array(z.uuid()).max(50).optional(),
  targets: z.array(ZProjectTargetInput).max(50).optional(),
  monthlyPlan: z.array(ZPlanMonthInput).max(12).optional(),
});
export type TProjectChanges = z.infer<typeof ZProjectChanges>;

export const ZCreateProjectBody = ZProjectChanges.extend({
  name: text(200).min(1, '请填写项目名称'),
  type: text(20).min(1, '请选择项目类型'),
  source: z.enum(projectSources),
  year: z.number().int().min(2000).max(2100),
}).strict();
export type TCreateProjectBody = z.infer<typeof ZCreateProjectBody>;

export const ZUpdateProjectBody = ZProjectChanges.extend({ version: z.number().int().positive() }).strict();
export type TUpdateProjectBody = z.infer<typeof ZUpdateProjectBody>;

export const ZListProjectsQuery = z.object({
  type: z.string().max(20).optional(),
  stage: z.enum(projectStages).optional(),
  streetUnitId: z.uuid().optional(),
  leaderId: z.uuid().optional(),
  light: z.enum(lights).optional(),
  q: z.string().max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type TListProjectsQuery = z.infer<typeof ZListProjectsQuery>;

export const ZProjectParams = z.object({ id: z.uuid() });
/** The inner ids are checked by the use case (a malformed one is 404), so that the policy answers first. */
const innerId = z.string().min(1).max(64);
export const ZProjectNodeParams = z.object({ id: z.uuid(), nodeId: innerId });
export const ZProjectReportParams = z.object({ id: z.uuid(), reportId: innerId });
export const ZProjectPhotoParams = z.object({ id: z.uuid(), photoId: innerId });

export const ZNodeInput = z.strictObject({
  /** An existing node's id keeps it (and its baseline, actual dates); a new uuid may be chosen by the client
   * so that other nodes of the same request can depend on it; left out, the server makes one. */
  id: z.uuid().optional(),
  name: text(200).min(1, '请填写节点名称'),
  kind: z.enum(projectNodeKinds),
  unitId: z.uuid().nullable().optional(),
  plannedStart: ZDay,
  plannedEnd: ZDay,
  dependsOn: z.array(z.uuid()).max(50).default([]),
  sort: z.number().int().min(0).max(100_000).optional(),
});
export type TNodeInput = z.infer<typeof ZNodeInput>;

/** Replaces the project's node plan; `version` is the project's. */
export const ZReplaceNodesBody = z.strictObject({
  version: z.number().int().positive(),
  nodes: z.array(ZNodeInput).max(200),
});
export type TReplaceNodesBody = z.infer<typeof ZReplaceNodesBody>;

/** Re-plans one node (drag on the Gantt); `version` is the node's; the baseline stays. */
export const ZReplanNodeBody = z.strictObject({
  version: z.number().int().positive(),
  plannedStart: ZDay,
  plannedEnd: ZDay,
});
export type TReplanNodeBody = z.infer<typeof ZReplanNodeBody>;

/** Copies planned → baseline for every node; a re-baseline (the project already has one) needs a reason. */
export const ZBaselineBody = z.strictObject({
  version: z.number().int().positive().optional(),
  reason: z.string().trim().min(1).max(2000).optional(),
});
export type TBaselineBody = z.infer<typeof ZBaselineBody>;

export const ZNodeUpdateInput = z.strictObject({
  nodeId: z.uuid(),
  actualStart: ZDay.nullable(),
  actualEnd: ZDay.nullable(),
});

export const ZSubmitProjectReportBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1, '月份应为 1–12').max(12, '月份应为 1–12'),
  amount: ZWanInput,
  imageProgress: z.string().trim().max(5000).default(''),
  nodeUpdates: z.array(ZNodeUpdateInput).max(200).default([]),
  photoIds: z.array(z.uuid()).max(20).default([]),
});
export type TSubmitProjectReportBody = z.infer<typeof ZSubmitProjectReportBody>;

/** Corrects a returned report (or one still awaiting review): the fields given replace the old. */
export const ZCorrectProjectReportBody = z.strictObject({
  version: z.number().int().positive(),
  amount: ZWanInput.optional(),
  imageProgress: z.string().trim().max(5000).optional(),
  nodeUpdates: z.array(ZNodeUpdateInput).max(200).optional(),
  photoIds: z.array(z.uuid()).max(20).optional(),
});
export type TCorrectProjectReportBody = z.infer<typeof ZCorrectProjectReportBody>;

export const ZApproveProjectReportBody = z.strictObject({
  version: z.number().int().positive().optional(),
  comment: z.string().trim().max(2000).optional(),
});
export type TApproveProjectReportBody = z.infer<typeof ZApproveProjectReportBody>;

export const ZReturnProjectReportBody = z.strictObject({
  version: z.number().int().positive().optional(),
  comment: z.string().trim().min(1, '请写明退回原因').max(2000),
});
export type TReturnProjectReportBody = z.infer<typeof ZReturnProjectReportBody>;

export const ZProjectLightsQuery = z.object({ asOf: ZDay.optional() });
export type TProjectLightsQuery = z.infer<typeof ZProjectLightsQuery>;

export const ZGanttQuery = z.object({
  groupBy: z.enum(ganttGroupings).default('none'),
  type: z.string().max(20).optional(),
  stage: z.enum(projectStages).optional(),
  streetUnitId: z.uuid().optional(),
  leaderId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  asOf: ZDay.optional(),
});
export type TGanttQuery = z.infer<typeof ZGanttQuery>;
