/** Drizzle tables of decisions and the task ledger (0002, 0023). */
import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, day, num, ts } from './schema-columns';
import {
  comparators,
  decisionKinds,
  dueDateSources,
  taskSources,
  taskStatuses,
} from '../../domain/vocabulary';

// ---- 0002: decisions and the task ledger ----

export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  createdBy: uuid('created_by'),
});

export const decisions = pgTable('decisions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  kind: text('kind', { enum: decisionKinds }).notNull(),
  date: day('date').notNull(),
  source: text('source', { enum: taskSources }).notNull(),
  text: text('text'),
  fileId: uuid('file_id'),
  outline: jsonb('outline'),
  extractedAt: ts('extracted_at'),
  publishedAt: ts('published_at'),
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

export const taskCodeCounters = pgTable(
  'task_code_counters',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: integer('year').notNull(),
    prefix: text('prefix').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year, t.prefix] })],
);

/** Where an extracted draft's due date came from (0023): its own words, its section, the plan year's end. */

export const tasks = pgTable('tasks', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  decisionId: uuid('decision_id').notNull(),
  parentId: uuid('parent_id'),
  code: text('code'),
  title: text('title').notNull(),
  content: text('content'),
  category: text('category'),
  source: text('source', { enum: taskSources }).notNull(),
  sectionPath: text('section_path')
    .array()
    .notNull()
    .default(sql`'{}'`),
  leadUnitId: uuid('lead_unit_id'),
  coUnitIds: uuid('co_unit_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  leadLeaderId: uuid('lead_leader_id'),
  responsiblePerson: text('responsible_person'),
  /** 0039: the responsible person as an account (issue 15); the free text stays for older tasks. */
  responsibleUserId: uuid('responsible_user_id'),
  startDate: day('start_date'),
  dueDate: day('due_date'),
  originalDueDate: day('original_due_date'),
  status: text('status', { enum: taskStatuses }).notNull().default('draft'),
  progress: integer('progress').notNull().default(0),
  isKey: boolean('is_key').notNull().default(false),
  /** 0054: 民生实事 the office marks; shows on the public livelihood list. */
  isLivelihood: boolean('is_livelihood').notNull().default(false),
  position: integer('position').notNull().default(0),
  extracted: boolean('extracted').notNull().default(false),
  edited: boolean('edited').notNull().default(false),
  sourceOffset: integer('source_offset'),
  sourceLength: integer('source_length'),
  dueDateSource: text('due_date_source', { enum: dueDateSources }),
  headingUncertain: boolean('heading_uncertain').notNull().default(false),
  publishedAt: ts('published_at'),
  acceptedAt: ts('accepted_at'),
  completedAt: ts('completed_at'),
  suspendedFrom: text('suspended_from'),
  statusReason: text('status_reason'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const taskTargets = pgTable('task_targets', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  position: integer('position').notNull().default(0),
  indicator: text('indicator').notNull(),
  unit: text('unit').notNull().default(''),
  comparator: text('comparator', { enum: comparators }).notNull().default('>='),
  targetValue: num('target_value'),
  targetValueMax: num('target_value_max'),
  placeholder: boolean('placeholder').notNull().default(false),
  baseline: num('baseline'),
  currentValue: num('current_value'),
  deadline: day('deadline'),
  deadlineText: text('deadline_text'),
  raw: text('raw'),
  /** The version of its split across units (0045): only grows, also when the split is removed. */
  splitVersion: integer('split_version').notNull().default(0),
});

export const taskMilestones = pgTable('task_milestones', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  position: integer('position').notNull().default(0),
  title: text('title').notNull(),
  dueDate: day('due_date').notNull(),
  weight: num('weight'),
  completedAt: ts('completed_at'),
  completedBy: uuid('completed_by'),
  version: integer('version').notNull().default(1),
});
