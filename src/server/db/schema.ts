/**
 * Drizzle table definitions for typed queries. The database itself is defined by the plain SQL files in
 * migrations/ (the source of truth); test/schema-drift.int.test.ts checks that these columns match it. The
 * value lists of enumerated columns come from src/domain (vocabulary.ts, workflow.ts), never from here.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  accountabilityTypes,
  caseLevels,
  caseOrigins,
  comparators,
  decisionKinds,
  dueDateSources,
  lights,
  reportHistoryActions,
  reportStatuses,
  requestKinds,
  requestStatuses,
  rectificationStatuses,
  supervisionCaseStatuses,
  taskSources,
  taskStatuses,
  unitKinds,
} from '../../domain/vocabulary';
import { open, seal } from '../crypto/data-keys';
import { day, ts } from './schema-columns';
import { achievements, assessmentEntries, assessmentResults, assessmentSchemes } from './schema-assessment';

export * from './schema-assessment';

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
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
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
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  unitId: uuid('unit_id'),
  roles: text('roles').array().notNull().default(sql`'{}'`),
  phone: sealedText('phone'),
  email: sealedText('email'),
  passwordHash: text('password_hash').notNull(),
  passwordChangedAt: ts('password_changed_at').notNull().default(sql`now()`),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  active: boolean('active').notNull().default(true),
  lockedUntil: ts('locked_until'),
  lastLoginAt: ts('last_login_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
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
  createdAt: ts('created_at').notNull().default(sql`now()`),
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
    updatedAt: ts('updated_at').notNull().default(sql`now()`),
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


// ---- 0002: decisions and the task ledger ----

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});
const num = (name: string) => numeric(name, { mode: 'number' });

export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  createdBy: uuid('created_by'),
});

export const decisions = pgTable('decisions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  kind: text('kind', { enum: decisionKinds }).notNull(),
  date: day('date').notNull(),
  source: text('source', { enum: taskSources }).notNull(),
  text: text('text'),
  fileId: uuid('file_id'),
  outline: jsonb('outline'),
  extractedAt: ts('extracted_at'),
  publishedAt: ts('published_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  createdBy: uuid('created_by'),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const taskCodeCounters = pgTable(
  'task_code_counters',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: integer('year').notNull(),
    prefix: text('prefix').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year, t.prefix] })],
);

export const tasks = pgTable('tasks', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  decisionId: uuid('decision_id').notNull(),
  parentId: uuid('parent_id'),
  code: text('code'),
  title: text('title').notNull(),
  content: text('content'),
  category: text('category'),
  source: text('source', { enum: taskSources }).notNull(),
  sectionPath: text('section_path').array().notNull().default(sql`'{}'`),
  leadUnitId: uuid('lead_unit_id'),
  coUnitIds: uuid('co_unit_ids').array().notNull().default(sql`'{}'`),
  leadLeaderId: uuid('lead_leader_id'),
  responsiblePerson: text('responsible_person'),
  startDate: day('start_date'),
  dueDate: day('due_date'),
  originalDueDate: day('original_due_date'),
  status: text('status', { enum: taskStatuses }).notNull().default('draft'),
  progress: integer('progress').notNull().default(0),
  isKey: boolean('is_key').notNull().default(false),
  position: integer('position').notNull().default(0),
  extracted: boolean('extracted').notNull().default(false),
  edited: boolean('edited').notNull().default(false),
  sourceOffset: integer('source_offset'),
  sourceLength: integer('source_length'),
  dueDateSource: text('due_date_source', { enum: dueDateSources }),
  headingUncertain: boolean('heading_uncertain').notNull().default(false),
  publishedAt: ts('published_at'),
  acceptedAt: ts('accepted_at'),
  completedAt: ts('completed_at'),
  suspendedFrom: text('suspended_from'),
  statusReason: text('status_reason'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const taskTargets = pgTable('task_targets', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  position: integer('position').notNull().default(0),
  indicator: text('indicator').notNull(),
  unit: text('unit').notNull().default(''),
  comparator: text('comparator', { enum: comparators }).notNull().default('>='),
  targetValue: num('target_value'),
  targetValueMax: num('target_value_max'),
  placeholder: boolean('placeholder').notNull().default(false),
  baseline: num('baseline'),
  currentValue: num('current_value'),
  deadline: day('deadline'),
  deadlineText: text('deadline_text'),
  raw: text('raw'),
});

export const taskMilestones = pgTable('task_milestones', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  position: integer('position').notNull().default(0),
  title: text('title').notNull(),
  dueDate: day('due_date').notNull(),
  weight: num('weight'),
  completedAt: ts('completed_at'),
  completedBy: uuid('completed_by'),
  version: integer('version').notNull().default(1),
});

// ---- 0003: execution ----
export const reports = pgTable('reports', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  period: text('period').notNull(),
  progress: integer('progress').notNull(),
  narrative: text('narrative').notNull(),
  problems: text('problems'),
  nextSteps: text('next_steps'),
  /** The period whose figures a "本期无变化" report carried forward; null for an ordinary report. */
  carriedFromPeriod: text('carried_from_period'),
  status: text('status', { enum: reportStatuses }).notNull(),
  submittedBy: uuid('submitted_by').notNull(),
  submittedAt: ts('submitted_at').notNull(),
  signedBy: uuid('signed_by'),
  signedAt: ts('signed_at'),
  reviewedBy: uuid('reviewed_by'),
  reviewedAt: ts('reviewed_at'),
  reviewComment: text('review_comment'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const reportIndicatorValues = pgTable(
  'report_indicator_values',
  {
    reportId: uuid('report_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    targetId: uuid('target_id').notNull(),
    value: num('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.targetId] })],
);

export const reportEvents = pgTable('report_events', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  reportId: uuid('report_id').notNull(),
  action: text('action', { enum: reportHistoryActions }).notNull(),
  comment: text('comment'),
  progress: integer('progress'),
  actorId: uuid('actor_id').notNull(),
  at: ts('at').notNull(),
});

export const taskRequests = pgTable('task_requests', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  kind: text('kind', { enum: requestKinds }).notNull(),
  status: text('status', { enum: requestStatuses }).notNull(),
  reason: text('reason').notNull(),
  newDueDate: day('new_due_date'),
  oldDueDate: day('old_due_date'),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: ts('requested_at').notNull(),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  decisionComment: text('decision_comment'),
  version: integer('version').notNull().default(1),
});

export const instructions = pgTable('instructions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  taskId: uuid('task_id').notNull(),
  leaderId: uuid('leader_id').notNull(),
  text: text('text').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const instructionReplies = pgTable('instruction_replies', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  instructionId: uuid('instruction_id').notNull(),
  authorId: uuid('author_id').notNull(),
  text: text('text').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  entityType: text('entity_type'),
  entityId: uuid('entity_id'),
  dedupeKey: text('dedupe_key').notNull(),
  readAt: ts('read_at'),
  createdAt: ts('created_at').notNull(),
  dispatchedAt: ts('dispatched_at'),
  emailSentAt: ts('email_sent_at'),
  webhookSentAt: ts('webhook_sent_at'),
});

export const taskLightStates = pgTable('task_light_states', {
  taskId: uuid('task_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  light: text('light', { enum: lights }).notNull(),
  since: day('since').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

// ---- 0005: supervision and bulletins ----
export const supervisionCases = pgTable('supervision_cases', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  origin: text('origin', { enum: caseOrigins }).notNull(),
  level: text('level', { enum: caseLevels }).notNull(),
  requirements: text('requirements').notNull(),
  deadline: day('deadline').notNull(),
  status: text('status', { enum: supervisionCaseStatuses }).notNull().default('issued'),
  taskIds: uuid('task_ids').array().notNull().default(sql`'{}'`),
  unitIds: uuid('unit_ids').array().notNull().default(sql`'{}'`),
  answer: text('answer'),
  answeredAt: ts('answered_at'),
  answeredBy: uuid('answered_by'),
  closedAt: ts('closed_at'),
  createdBy: uuid('created_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const caseEvents = pgTable('case_events', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  caseId: uuid('case_id').notNull(),
  action: text('action').notNull(),
  comment: text('comment'),
  level: text('level'),
  actorId: uuid('actor_id').notNull(),
  at: ts('at').notNull(),
});

export const inspections = pgTable('inspections', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  date: day('date').notNull(),
  team: text('team').notNull(),
  places: text('places').notNull(),
  summary: text('summary'),
  caseId: uuid('case_id'),
  createdBy: uuid('created_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const rectifications = pgTable('rectifications', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  inspectionId: uuid('inspection_id'),
  caseId: uuid('case_id'),
  taskId: uuid('task_id'),
  finding: text('finding').notNull(),
  unitId: uuid('unit_id').notNull(),
  deadline: day('deadline').notNull(),
  measures: text('measures'),
  evidence: text('evidence'),
  status: text('status', { enum: rectificationStatuses }).notNull().default('open'),
  submittedAt: ts('submitted_at'),
  verifiedAt: ts('verified_at'),
  verifiedBy: uuid('verified_by'),
  reviewComment: text('review_comment'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const interviews = pgTable('interviews', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  date: day('date').notNull(),
  unitId: uuid('unit_id').notNull(),
  person: text('person').notNull(),
  reason: text('reason').notNull(),
  caseId: uuid('case_id'),
  taskId: uuid('task_id'),
  rectificationId: uuid('rectification_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const accountabilityActions = pgTable('accountability_actions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  type: text('type', { enum: accountabilityTypes }).notNull(),
  date: day('date').notNull(),
  unitId: uuid('unit_id').notNull(),
  person: text('person'),
  reason: text('reason').notNull(),
  caseId: uuid('case_id'),
  taskId: uuid('task_id'),
  rectificationId: uuid('rectification_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const bulletins = pgTable('bulletins', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  period: text('period').notNull(),
  version: integer('version').notNull(),
  asOf: day('as_of').notNull(),
  data: jsonb('data').notNull(),
  document: bytea('document').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

// ---- 0022: 督查通报 第X期 ----
export const bulletinIssues = pgTable('bulletin_issues', {
  tenantId: uuid('tenant_id').notNull(),
  period: text('period').notNull(),
  year: integer('year').notNull(),
  number: integer('number').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});

export const schema = {
  tenants,
  units,
  users,
  passwordHistory,
  loginFailures,
  sessions,
  settings,
  auditEvents,
  auditCheckpoints,
  storedFiles,
  decisions,
  taskCodeCounters,
  tasks,
  taskTargets,
  taskMilestones,
  reports,
  reportIndicatorValues,
  reportEvents,
  taskRequests,
  instructions,
  instructionReplies,
  notifications,
  taskLightStates,
  supervisionCases,
  caseEvents,
  inspections,
  rectifications,
  interviews,
  accountabilityActions,
  bulletins,
  bulletinIssues,
  assessmentSchemes,
  assessmentEntries,
  assessmentResults,
  achievements,
};
export type Schema = typeof schema;
