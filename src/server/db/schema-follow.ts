/** Drizzle tables of follow-through: the tenant's working-day calendar (0029), catch-up plans (0030). */
import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { calendarDayKinds, catchUpPlanStatuses } from '../../domain/vocabulary';
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

/** A plan's new milestones (新的时间节点), as the unit sent them. */
export interface PlanMilestone {
  title: string;
  dueDate: string;
}

export const catchUpPlans = pgTable('catch_up_plans', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  status: text('status', { enum: catchUpPlanStatuses }).notNull(),
  requiredSince: day('required_since').notNull(),
  dueDate: day('due_date').notNull(),
  cause: text('cause').notNull().default(''),
  measures: text('measures').notNull().default(''),
  milestones: jsonb('milestones').$type<PlanMilestone[]>().notNull().default([]),
  submittedAt: ts('submitted_at'),
  submittedBy: uuid('submitted_by'),
  reviewedAt: ts('reviewed_at'),
  reviewedBy: uuid('reviewed_by'),
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
