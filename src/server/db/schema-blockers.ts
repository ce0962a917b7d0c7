/** Drizzle tables of issue 14 (0031): blockers and their ladder, joint reviews (联审联批), weekly meetings (周六例会). */
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  blockerEventKinds,
  blockerLevels,
  blockerStatuses,
  jointReviewItemStatuses,
  jointReviewStatuses,
  meetingItemKinds,
  meetingStatuses,
} from '../../domain/vocabulary';
import { day, ts } from './schema-columns';

const now = sql`now()`;

export const blockers = pgTable('blockers', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  projectId: uuid('project_id'),
  taskId: uuid('task_id'),
  raisedByUnitId: uuid('raised_by_unit_id').notNull(),
  ownerUnitId: uuid('owner_unit_id').notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  ask: text('ask').notNull().default(''),
  askedUnitIds: uuid('asked_unit_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  dueDate: day('due_date').notNull(),
  level: text('level', { enum: blockerLevels }).notNull().default('unit'),
  levelSince: ts('level_since').notNull().default(now),
  ownerUserId: uuid('owner_user_id'),
  status: text('status', { enum: blockerStatuses }).notNull().default('open'),
  resolution: text('resolution'),
  resolvedAt: ts('resolved_at'),
  resolvedBy: uuid('resolved_by'),
  confirmedAt: ts('confirmed_at'),
  confirmedBy: uuid('confirmed_by'),
  closeReason: text('close_reason'),
  closedAt: ts('closed_at'),
  closedBy: uuid('closed_by'),
  raisedAt: ts('raised_at').notNull().default(now),
  raisedBy: uuid('raised_by'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(now),
  updatedAt: ts('updated_at').notNull().default(now),
  updatedBy: uuid('updated_by'),
});

export const blockerEvents = pgTable('blocker_events', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  blockerId: uuid('blocker_id').notNull(),
  kind: text('kind', { enum: blockerEventKinds }).notNull(),
  fromLevel: text('from_level', { enum: blockerLevels }),
  toLevel: text('to_level', { enum: blockerLevels }),
  reason: text('reason'),
  meetingDecisionId: uuid('meeting_decision_id'),
  actorId: uuid('actor_id'),
  at: ts('at').notNull().default(now),
});

export const blockerFiles = pgTable('blocker_files', {
  fileId: uuid('file_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  blockerId: uuid('blocker_id').notNull(),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().default(now),
  createdBy: uuid('created_by'),
});

export const jointReviews = pgTable('joint_reviews', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  projectId: uuid('project_id').notNull(),
  nodeId: uuid('node_id'),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  deadline: day('deadline').notNull(),
  status: text('status', { enum: jointReviewStatuses }).notNull().default('open'),
  openedAt: ts('opened_at').notNull().default(now),
  openedBy: uuid('opened_by'),
  closedAt: ts('closed_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(now),
  updatedAt: ts('updated_at').notNull().default(now),
  updatedBy: uuid('updated_by'),
});

export const jointReviewItems = pgTable('joint_review_items', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  reviewId: uuid('review_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  subject: text('subject').notNull().default(''),
  status: text('status', { enum: jointReviewItemStatuses }).notNull().default('pending'),
  answer: text('answer'),
  answeredAt: ts('answered_at'),
  answeredBy: uuid('answered_by'),
  firstAnsweredAt: ts('first_answered_at'),
  remindedOn: day('reminded_on'),
  position: integer('position').notNull().default(0),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull().default(now),
  updatedBy: uuid('updated_by'),
});

export const meetings = pgTable('meetings', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  heldOn: day('held_on').notNull(),
  location: text('location').notNull().default(''),
  chair: text('chair').notNull().default(''),
  attendees: text('attendees')
    .array()
    .notNull()
    .default(sql`'{}'`),
  status: text('status', { enum: meetingStatuses }).notNull().default('preparing'),
  decisionId: uuid('decision_id'),
  minutesNumber: text('minutes_number'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(now),
  createdBy: uuid('created_by'),
  updatedAt: ts('updated_at').notNull().default(now),
  updatedBy: uuid('updated_by'),
});

export const meetingItems = pgTable('meeting_items', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  meetingId: uuid('meeting_id').notNull(),
  position: integer('position').notNull().default(0),
  kind: text('kind', { enum: meetingItemKinds }).notNull(),
  blockerId: uuid('blocker_id'),
  projectId: uuid('project_id'),
  jointReviewId: uuid('joint_review_id'),
  carriedDecisionId: uuid('carried_decision_id'),
  title: text('title').notNull(),
  notes: text('notes').notNull().default(''),
  createdAt: ts('created_at').notNull().default(now),
});

export const meetingDecisions = pgTable('meeting_decisions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  meetingId: uuid('meeting_id').notNull(),
  itemId: uuid('item_id'),
  blockerId: uuid('blocker_id'),
  projectId: uuid('project_id'),
  content: text('content').notNull(),
  leadUnitId: uuid('lead_unit_id').notNull(),
  coUnitIds: uuid('co_unit_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  leaderId: uuid('leader_id'),
  dueDate: day('due_date').notNull(),
  taskId: uuid('task_id'),
  position: integer('position').notNull().default(0),
  createdAt: ts('created_at').notNull().default(now),
  createdBy: uuid('created_by'),
});
