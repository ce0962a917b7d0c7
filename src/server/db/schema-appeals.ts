/** Drizzle tables of published assessment results (公示) and appeals (申诉, 0054). */
import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { appealStatuses, appealTargetKinds } from '../../domain/vocabulary';
import { day, num, ts } from './schema-columns';

export const assessmentPublications = pgTable('assessment_publications', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  year: integer('year').notNull(),
  resultVersion: integer('result_version').notNull(),
  publishedOn: day('published_on').notNull(),
  windowEndsOn: day('window_ends_on').notNull(),
  isPublic: boolean('is_public').notNull().default(false),
  publishedBy: uuid('published_by').notNull(),
  publishedAt: ts('published_at').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const assessmentAppeals = pgTable('assessment_appeals', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  year: integer('year').notNull(),
  unitId: uuid('unit_id').notNull(),
  resultVersion: integer('result_version').notNull(),
  targetKind: text('target_kind', { enum: appealTargetKinds }).notNull(),
  targetKey: text('target_key').notNull(),
  targetLabel: text('target_label').notNull(),
  points: num('points'),
  reasons: text('reasons').notNull(),
  status: text('status', { enum: appealStatuses }).notNull(),
  filedBy: uuid('filed_by').notNull(),
  filedAt: ts('filed_at').notNull(),
  rulingReasons: text('ruling_reasons'),
  ruledRaw: num('ruled_raw'),
  ruledPoints: num('ruled_points'),
  newResultVersion: integer('new_result_version'),
  ruledBy: uuid('ruled_by'),
  ruledAt: ts('ruled_at'),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});
