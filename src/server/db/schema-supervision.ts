/** Drizzle tables of supervision and bulletins (0005, 0022). */
import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, day, ts } from './schema-columns';
import {
  accountabilityTypes,
  bulletinStatuses,
  caseLevels,
  caseOrigins,
  rectificationStatuses,
  supervisionCaseStatuses,
} from '../../domain/vocabulary';

// ---- 0005: supervision and bulletins ----

export const supervisionCases = pgTable('supervision_cases', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  origin: text('origin', { enum: caseOrigins }).notNull(),
  level: text('level', { enum: caseLevels }).notNull(),
  requirements: text('requirements').notNull(),
  deadline: day('deadline').notNull(),
  status: text('status', { enum: supervisionCaseStatuses }).notNull().default('issued'),
  taskIds: uuid('task_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  unitIds: uuid('unit_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  answer: text('answer'),
  answeredAt: ts('answered_at'),
  answeredBy: uuid('answered_by'),
  closedAt: ts('closed_at'),
  /** The public message the case was opened from (社情民意, 0050). */
  feedbackId: uuid('feedback_id'),
  createdBy: uuid('created_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const caseEvents = pgTable('case_events', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  caseId: uuid('case_id').notNull(),
  action: text('action').notNull(),
  comment: text('comment'),
  level: text('level'),
  actorId: uuid('actor_id').notNull(),
  at: ts('at').notNull(),
});

export const inspections = pgTable('inspections', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  date: day('date').notNull(),
  team: text('team').notNull(),
  places: text('places').notNull(),
  summary: text('summary'),
  caseId: uuid('case_id'),
  createdBy: uuid('created_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
});

export const rectifications = pgTable('rectifications', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  inspectionId: uuid('inspection_id'),
  caseId: uuid('case_id'),
  taskId: uuid('task_id'),
  finding: text('finding').notNull(),
  unitId: uuid('unit_id').notNull(),
  deadline: day('deadline').notNull(),
  measures: text('measures'),
  evidence: text('evidence'),
  status: text('status', { enum: rectificationStatuses }).notNull().default('open'),
  submittedAt: ts('submitted_at'),
  verifiedAt: ts('verified_at'),
  verifiedBy: uuid('verified_by'),
  reviewComment: text('review_comment'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const interviews = pgTable('interviews', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  date: day('date').notNull(),
  unitId: uuid('unit_id').notNull(),
  person: text('person').notNull(),
  reason: text('reason').notNull(),
  caseId: uuid('case_id'),
  taskId: uuid('task_id'),
  rectificationId: uuid('rectification_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
});

export const accountabilityActions = pgTable('accountability_actions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  type: text('type', { enum: accountabilityTypes }).notNull(),
  date: day('date').notNull(),
  unitId: uuid('unit_id').notNull(),
  person: text('person'),
  reason: text('reason').notNull(),
  caseId: uuid('case_id'),
  taskId: uuid('task_id'),
  rectificationId: uuid('rectification_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  // 0036: the tolerance request (容错纠错) that tolerated it
  toleranceRequestId: uuid('tolerance_request_id'),
});

export const bulletins = pgTable('bulletins', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  period: text('period').notNull(),
  version: integer('version').notNull(),
  asOf: day('as_of').notNull(),
  data: jsonb('data').notNull(),
  document: bytea('document').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  // 0035: drafts the office alone sees until published
  status: text('status', { enum: bulletinStatuses }).notNull().default('draft'),
  publishedAt: ts('published_at'),
  publishedBy: uuid('published_by'),
  // 0054: the office marks a published bulletin public (its public version names no person)
  isPublic: boolean('is_public').notNull().default(false),
  publicAt: ts('public_at'),
  // 0062: the public version's foreword and its snapshot (PublicBulletinBody), set when switched public
  publicForeword: text('public_foreword'),
  publicData: jsonb('public_data'),
});

// ---- 0022: 督查通报 第X期 ----
export const bulletinIssues = pgTable('bulletin_issues', {
  tenantId: uuid('tenant_id').notNull(),
  period: text('period').notNull(),
  year: integer('year').notNull(),
  number: integer('number').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
});
