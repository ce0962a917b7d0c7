/** Drizzle tables of the messenger group robots (群机器人; 0057). */
import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { robotKinds, robotMessageStatuses } from '../../domain/robots/vendors';
import { lights } from '../../domain/vocabulary';
import { sealedText, ts } from './schema-columns';

/** What the vendor last answered (a send or a test-send), for the office. */
export interface RobotLastResult {
  at: string;
  outcome: 'sent' | 'retry' | 'failed';
  reason: string;
  httpStatus: number;
  answer: string;
}

export const messengerRobots = pgTable('messenger_robots', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  unitId: uuid('unit_id'),
  kind: text('kind', { enum: robotKinds }).notNull(),
  name: text('name').notNull(),
  // The address and secret are credentials (企业微信's key and 钉钉's token are in the address): sealed.
  address: sealedText('address').notNull(),
  secret: sealedText('secret'),
  enabled: boolean('enabled').notNull().default(true),
  recentSends: jsonb('recent_sends')
    .$type<number[]>()
    .notNull()
    .default(sql`'[]'`),
  blockedUntil: ts('blocked_until'),
  lastResult: jsonb('last_result').$type<RobotLastResult>(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const robotMessages = pgTable('robot_messages', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  robotId: uuid('robot_id').notNull(),
  dedupeKey: text('dedupe_key').notNull(),
  notificationId: uuid('notification_id').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  taskCode: text('task_code'),
  taskTitle: text('task_title'),
  light: text('light', { enum: lights }),
  linkPath: text('link_path'),
  status: text('status', { enum: robotMessageStatuses }).notNull(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: ts('next_attempt_at').notNull(),
  lastError: text('last_error'),
  sentIn: uuid('sent_in'),
  sentAt: ts('sent_at'),
  createdAt: ts('created_at').notNull(),
});
