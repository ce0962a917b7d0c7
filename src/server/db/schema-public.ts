/** Drizzle tables of public disclosure and public feedback (公开, 社情民意; 0050). */
import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { publicScopes } from '../../domain/public-feedback';
import { feedbackStatuses, feedbackSubjects } from '../../domain/vocabulary';
import { sealedText, ts } from './schema-columns';

export const publicDecisions = pgTable('public_decisions', {
  decisionId: uuid('decision_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  scope: text('scope', { enum: publicScopes }).notNull(),
  taskIds: uuid('task_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const feedbackMessages = pgTable('feedback_messages', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  receiptHash: text('receipt_hash').notNull(),
  subject: text('subject', { enum: feedbackSubjects }).notNull(),
  taskId: uuid('task_id'),
  projectId: uuid('project_id'),
  subjectLabel: text('subject_label').notNull().default(''),
  message: text('message').notNull(),
  contact: sealedText('contact'),
  status: text('status', { enum: feedbackStatuses }).notNull(),
  caseId: uuid('case_id'),
  answer: text('answer'),
  isPublished: boolean('is_published').notNull().default(false),
  publicMessage: text('public_message'),
  closeReason: text('close_reason'),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  receivedAt: ts('received_at').notNull(),
  /** The first message of the chain this one likely repeats (0061); null for an original. */
  duplicateOf: uuid('duplicate_of'),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});
