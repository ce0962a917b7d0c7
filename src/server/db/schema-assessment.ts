/** Drizzle tables of assessment (0006) and achievement declarations (0007), kept apart from schema.ts. */
import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { achievementStatuses, assessmentEntryKinds, schemeStatuses } from '../../domain/vocabulary';
import { day, ts } from './schema-columns';

// ---- 0006: assessment ----
export const assessmentSchemes = pgTable('assessment_schemes', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  year: integer('year').notNull(),
  version: integer('version').notNull(),
  scheme: jsonb('scheme').notNull(),
  status: text('status', { enum: schemeStatuses }).notNull().default('draft'),
  publishedAt: ts('published_at'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const assessmentEntries = pgTable('assessment_entries', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  year: integer('year').notNull(),
  kind: text('kind', { enum: assessmentEntryKinds }).notNull(),
  unitId: uuid('unit_id').notNull(),
  data: jsonb('data').notNull(),
  evidence: text('evidence'),
  isVerified: boolean('is_verified').notNull().default(false),
  verifiedBy: uuid('verified_by'),
  verifiedAt: ts('verified_at'),
  enteredBy: uuid('entered_by').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  version: integer('version').notNull().default(1),
});

export const assessmentResults = pgTable('assessment_results', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  year: integer('year').notNull(),
  version: integer('version').notNull(),
  asOf: day('as_of').notNull(),
  schemeId: uuid('scheme_id'),
  result: jsonb('result').notNull(),
  reason: text('reason'),
  finalizedBy: uuid('finalized_by').notNull(),
  finalizedAt: ts('finalized_at').notNull(),
});

// ---- 0007: achievement declarations (个人政绩申报) ----
export const achievements = pgTable('achievements', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  year: integer('year').notNull(),
  userId: uuid('user_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  evidence: text('evidence'),
  taskIds: uuid('task_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  status: text('status', { enum: achievementStatuses }).notNull().default('declared'),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  decisionComment: text('decision_comment'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});
