/** Drizzle tables of execution (0003): reports, requests, instructions, notifications, light states. */
import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { day, num, ts } from './schema-columns';
import {
  lights,
  reportHistoryActions,
  reportStatuses,
  acceptanceOutcomes,
  requestKinds,
  requestStatuses,
} from '../../domain/vocabulary';

// ---- 0003: execution ----

export const reports = pgTable('reports', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  period: text('period').notNull(),
  progress: integer('progress').notNull(),
  narrative: text('narrative').notNull(),
  problems: text('problems'),
  nextSteps: text('next_steps'),
  /** 公开摘要: what the public pages show of an approved report (0050). */
  publicSummary: text('public_summary'),
  /** The period whose figures a "本期无变化" report carried forward; null for an ordinary report. */
  carriedFromPeriod: text('carried_from_period'),
  status: text('status', { enum: reportStatuses }).notNull(),
  submittedBy: uuid('submitted_by').notNull(),
  submittedAt: ts('submitted_at').notNull(),
  signedBy: uuid('signed_by'),
  signedAt: ts('signed_at'),
  reviewedBy: uuid('reviewed_by'),
  reviewedAt: ts('reviewed_at'),
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

export const reportIndicatorValues = pgTable(
  'report_indicator_values',
  {
    reportId: uuid('report_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    targetId: uuid('target_id').notNull(),
    value: num('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.targetId] })],
);

export const reportEvents = pgTable('report_events', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  reportId: uuid('report_id').notNull(),
  action: text('action', { enum: reportHistoryActions }).notNull(),
  comment: text('comment'),
  progress: integer('progress'),
  actorId: uuid('actor_id').notNull(),
  at: ts('at').notNull(),
});

export const taskRequests = pgTable('task_requests', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  kind: text('kind', { enum: requestKinds }).notNull(),
  status: text('status', { enum: requestStatuses }).notNull(),
  reason: text('reason').notNull(),
  newDueDate: day('new_due_date'),
  oldDueDate: day('old_due_date'),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: ts('requested_at').notNull(),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  decisionComment: text('decision_comment'),
  acceptance: text('acceptance', { enum: acceptanceOutcomes }),
  version: integer('version').notNull().default(1),
});

export const instructions = pgTable('instructions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  leaderId: uuid('leader_id').notNull(),
  text: text('text').notNull(),
  createdAt: ts('created_at').notNull(),
  /** Answer by this day (issue 16, migration 0044). */
  dueDate: day('due_date').notNull(),
});

export const instructionReplies = pgTable('instruction_replies', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  instructionId: uuid('instruction_id').notNull(),
  authorId: uuid('author_id').notNull(),
  text: text('text').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  entityType: text('entity_type'),
  entityId: uuid('entity_id'),
  dedupeKey: text('dedupe_key').notNull(),
  readAt: ts('read_at'),
  createdAt: ts('created_at').notNull(),
  dispatchedAt: ts('dispatched_at'),
  emailSentAt: ts('email_sent_at'),
  webhookSentAt: ts('webhook_sent_at'),
});

export const taskLightStates = pgTable('task_light_states', {
  taskId: uuid('task_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  light: text('light', { enum: lights }).notNull(),
  since: day('since').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
