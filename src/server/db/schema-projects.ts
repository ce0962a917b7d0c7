/** Drizzle tables of key projects (0027). Money columns are numeric(14,2) read as strings ("1234.50", 万元). */
import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { day, num, ts } from './schema-columns';
import {
  projectNodeKinds,
  projectReportStatuses,
  projectSources,
  projectStages,
  projectUnitRoles,
} from '../../domain/vocabulary';

/** An amount in 万元 with two decimals, read and written as a string so that it is never a float. */
const wan = (name: string) => numeric(name, { precision: 14, scale: 2 });

export const projects = pgTable('projects', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  source: text('source', { enum: projectSources }).notNull(),
  stage: text('stage', { enum: projectStages }).notNull().default('planning'),
  stageReason: text('stage_reason'),
  year: integer('year').notNull(),
  address: text('address'),
  ownerEnterprise: text('owner_enterprise'),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  contactUserId: uuid('contact_user_id'),
  totalInvestment: wan('total_investment').notNull().default('0'),
  annualPlan: wan('annual_plan').notNull().default('0'),
  carryOver: wan('carry_over').notNull().default('0'),
  plannedStart: day('planned_start'),
  plannedEnd: day('planned_end'),
  isPublic: boolean('is_public').notNull().default(false),
  baselinedAt: ts('baselined_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  createdBy: uuid('created_by'),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const projectLeaders = pgTable(
  'project_leaders',
  {
    tenantId: uuid('tenant_id').notNull(),
    projectId: uuid('project_id').notNull(),
    userId: uuid('user_id').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] })],
);

export const projectUnits = pgTable(
  'project_units',
  {
    tenantId: uuid('tenant_id').notNull(),
    projectId: uuid('project_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    role: text('role', { enum: projectUnitRoles }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.unitId, t.role] })],
);

export const projectTasks = pgTable(
  'project_tasks',
  {
    tenantId: uuid('tenant_id').notNull(),
    projectId: uuid('project_id').notNull(),
    taskId: uuid('task_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.taskId] })],
);

export const projectTargets = pgTable('project_targets', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  projectId: uuid('project_id').notNull(),
  position: integer('position').notNull().default(0),
  indicator: text('indicator').notNull(),
  unit: text('unit').notNull().default(''),
  targetValue: num('target_value'),
});

export const projectPlanMonths = pgTable(
  'project_plan_months',
  {
    tenantId: uuid('tenant_id').notNull(),
    projectId: uuid('project_id').notNull(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    amount: wan('amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.year, t.month] })],
);

export const projectNodes = pgTable('project_nodes', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  projectId: uuid('project_id').notNull(),
  name: text('name').notNull(),
  kind: text('kind', { enum: projectNodeKinds }).notNull(),
  unitId: uuid('unit_id'),
  plannedStart: day('planned_start').notNull(),
  plannedEnd: day('planned_end').notNull(),
  baselineStart: day('baseline_start'),
  baselineEnd: day('baseline_end'),
  actualStart: day('actual_start'),
  actualEnd: day('actual_end'),
  sort: integer('sort').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const projectNodeDeps = pgTable(
  'project_node_deps',
  {
    tenantId: uuid('tenant_id').notNull(),
    nodeId: uuid('node_id').notNull(),
    dependsOnId: uuid('depends_on_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.dependsOnId] })],
);

/** What a report says of a node's dates; applied to the node when the report is approved. */
export interface ProjectNodeUpdate {
  nodeId: string;
  actualStart: string | null;
  actualEnd: string | null;
}

export const projectReports = pgTable('project_reports', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  projectId: uuid('project_id').notNull(),
  year: integer('year').notNull(),
  month: integer('month').notNull(),
  amount: wan('amount').notNull(),
  imageProgress: text('image_progress').notNull().default(''),
  nodeUpdates: jsonb('node_updates').$type<ProjectNodeUpdate[]>().notNull().default([]),
  status: text('status', { enum: projectReportStatuses }).notNull().default('submitted'),
  reviewComment: text('review_comment'),
  submittedBy: uuid('submitted_by').notNull(),
  submittedAt: ts('submitted_at').notNull(),
  reviewedBy: uuid('reviewed_by'),
  reviewedAt: ts('reviewed_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const projectReportPhotos = pgTable('project_report_photos', {
  fileId: uuid('file_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  projectId: uuid('project_id').notNull(),
  reportId: uuid('report_id'),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  createdBy: uuid('created_by'),
});
