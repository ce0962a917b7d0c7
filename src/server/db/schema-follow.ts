/** Drizzle tables of follow-through (0029): the tenant's working-day calendar. */
import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { calendarDayKinds } from '../../domain/vocabulary';
import { day, ts } from './schema-columns';

export const calendarDays = pgTable(
  'calendar_days',
  {
    tenantId: uuid('tenant_id').notNull(),
    date: day('date').notNull(),
    kind: text('kind', { enum: calendarDayKinds }).notNull(),
    name: text('name').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at')
      .notNull()
      .default(sql`now()`),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.date] })],
);
