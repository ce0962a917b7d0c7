/** Drizzle tables of the foundation (0001, 0008): tenants, units, users and sessions, settings, the audit chain. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { open, seal } from '../crypto/data-keys';
import { ts } from './schema-columns';
import { unitKinds } from '../../domain/vocabulary';

/** Personal data sealed with SM4 at rest (crypto/data-keys.ts): plaintext in the app, `v1:…` in the row. */
const sealedText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => seal(value),
  fromDriver: (value) => open(value),
});

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
});

export const units = pgTable('units', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind', { enum: unitKinds }).notNull(),
  parentId: uuid('parent_id'),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  unitId: uuid('unit_id'),
  roles: text('roles')
    .array()
    .notNull()
    .default(sql`'{}'`),
  phone: sealedText('phone'),
  email: sealedText('email'),
  passwordHash: text('password_hash').notNull(),
  passwordChangedAt: ts('password_changed_at')
    .notNull()
    .default(sql`now()`),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  active: boolean('active').notNull().default(true),
  lockedUntil: ts('locked_until'),
  lastLoginAt: ts('last_login_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
  // 0008: TOTP second factor (secret sealed; the last accepted time step refuses a replayed code).
  totpSecret: sealedText('totp_secret'),
  totpPendingSecret: sealedText('totp_pending_secret'),
  totpEnabledAt: ts('totp_enabled_at'),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  totpRecoveryCodes: jsonb('totp_recovery_codes').$type<Array<{ hash: string; usedAt: string | null }>>(),
});

export const passwordHistory = pgTable('password_history', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
});

export const loginFailures = pgTable('login_failures', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  at: ts('at').notNull(),
});

export const sessions = pgTable('sessions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: ts('created_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull(),
  endedAt: ts('ended_at'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  /** 0008: the password was right but the second factor is still owed. */
  mfaPending: boolean('mfa_pending').notNull().default(false),
});

export const settings = pgTable(
  'settings',
  {
    tenantId: uuid('tenant_id').notNull(),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at')
      .notNull()
      .default(sql`now()`),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

export const auditEvents = pgTable('audit_events', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id'),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  at: ts('at').notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  action: text('action').notNull(),
  entityType: text('entity_type'),
  entityId: text('entity_id'),
  diff: jsonb('diff'),
  ip: text('ip'),
  hashAlg: text('hash_alg').notNull(),
  prevHash: text('prev_hash'),
  hash: text('hash').notNull(),
});

/** 0008: where a purged chain now starts — the hash and seq of the last purged event. */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id'),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  purgedBefore: ts('purged_before').notNull(),
  purgedCount: integer('purged_count').notNull(),
  exportSha256: text('export_sha256').notNull(),
  createdAt: ts('created_at').notNull(),
});
