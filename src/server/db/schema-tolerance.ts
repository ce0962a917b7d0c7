/** Drizzle table of tolerance requests (容错纠错, 0036). */
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { toleranceStatuses, toleranceTargetKinds } from '../../domain/vocabulary';
import { num, ts } from './schema-columns';

export const toleranceRequests = pgTable('tolerance_requests', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  targetKind: text('target_kind', { enum: toleranceTargetKinds }).notNull(),
  targetId: text('target_id').notNull(),
  targetLabel: text('target_label').notNull(),
  circumstances: text('circumstances').notNull(),
  evidence: text('evidence').notNull().default(''),
  status: text('status', { enum: toleranceStatuses }).notNull(),
  filedBy: uuid('filed_by').notNull(),
  filedAt: ts('filed_at').notNull(),
  officeOpinion: text('office_opinion'),
  preparedBy: uuid('prepared_by'),
  preparedAt: ts('prepared_at'),
  rulingReasons: text('ruling_reasons'),
  waivedPoints: num('waived_points'),
  ruledBy: uuid('ruled_by'),
  ruledAt: ts('ruled_at'),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});
