/** Drizzle table of the key projects' public board settings (0028). */
import { sql } from 'drizzle-orm';
import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { ts } from './schema-columns';

export const projectBoards = pgTable('project_boards', {
  tenantId: uuid('tenant_id').primaryKey(),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});
