/** Drizzle tables of responsibility all the way down (0039): co-unit shares, target shares, ratings, sub-tasks. */
import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import {
  cooperationRatings,
  shareStatuses,
  subtaskStatuses,
  targetShareStatuses,
} from '../../domain/vocabulary';
import { day, num, ts } from './schema-columns';

export const taskShares = pgTable('task_shares', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  period: text('period').notNull(),
  narrative: text('narrative').notNull(),
  problems: text('problems'),
  status: text('status', { enum: shareStatuses }).notNull().default('submitted'),
  returnReason: text('return_reason'),
  reportId: uuid('report_id'),
  submittedBy: uuid('submitted_by').notNull(),
  submittedAt: ts('submitted_at').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const taskShareValues = pgTable(
  'task_share_values',
  {
    shareId: uuid('share_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    targetId: uuid('target_id').notNull(),
    value: num('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.shareId, t.targetId] })],
);

export const targetShares = pgTable('target_shares', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  targetId: uuid('target_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  position: integer('position').notNull().default(0),
  targetValue: num('target_value').notNull(),
  targetValueMax: num('target_value_max'),
  currentValue: num('current_value'),
  status: text('status', { enum: targetShareStatuses }).notNull().default('approved'),
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

export const cooperationRatingsTable = pgTable('cooperation_ratings', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  year: integer('year').notNull(),
  leadUnitId: uuid('lead_unit_id').notNull(),
  coUnitId: uuid('co_unit_id').notNull(),
  rating: text('rating', { enum: cooperationRatings }).notNull(),
  reason: text('reason').notNull(),
  ratedBy: uuid('rated_by').notNull(),
  ratedAt: ts('rated_at')
    .notNull()
    .default(sql`now()`),
  version: integer('version').notNull().default(1),
});

export const subtasks = pgTable('subtasks', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  sectionId: uuid('section_id'),
  assigneeId: uuid('assignee_id'),
  title: text('title').notNull(),
  content: text('content'),
  startDate: day('start_date'),
  dueDate: day('due_date').notNull(),
  progress: integer('progress').notNull().default(0),
  weight: integer('weight').notNull().default(1),
  status: text('status', { enum: subtaskStatuses }).notNull().default('open'),
  note: text('note'),
  position: integer('position').notNull().default(0),
  completedAt: ts('completed_at'),
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
