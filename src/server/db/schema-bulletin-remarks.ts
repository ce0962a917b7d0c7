/** Drizzle table of the praise and criticism named in bulletins (0035). */
import { sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bulletinRemarkKinds } from '../../domain/vocabulary';
import { ts } from './schema-columns';

export const bulletinRemarks = pgTable('bulletin_remarks', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  bulletinId: uuid('bulletin_id').notNull(),
  kind: text('kind', { enum: bulletinRemarkKinds }).notNull(),
  unitId: uuid('unit_id').notNull(),
  taskId: uuid('task_id'),
  text: text('text').notNull(),
  copiedFrom: uuid('copied_from'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
});
