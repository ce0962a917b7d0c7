/** Drizzle tables of satisfaction surveys (满意度测评; 0051). */
import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  surveyAudiences,
  surveyChannels,
  surveyStatuses,
  surveySubjectKinds,
  type SurveyAudience,
} from '../../domain/vocabulary';
import type { SurveyAnswerValue } from '../../domain/surveys';
import type { TSurveyQuestion } from '../../domain/survey-rules';
import { day, sealedText, ts } from './schema-columns';

export const surveys = pgTable('surveys', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  intro: text('intro').notNull().default(''),
  subjectKind: text('subject_kind', { enum: surveySubjectKinds }).notNull(),
  subjectIds: uuid('subject_ids').array().notNull(),
  audiences: text('audiences').array().$type<SurveyAudience[]>().notNull(),
  questions: jsonb('questions').$type<TSurveyQuestion[]>().notNull(),
  opensOn: day('opens_on').notNull(),
  closesOn: day('closes_on').notNull(),
  status: text('status', { enum: surveyStatuses }).notNull(),
  linkToken: text('link_token'),
  linkMaxAnswers: integer('link_max_answers'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  updatedAt: ts('updated_at')
    .notNull()
    .default(sql`now()`),
  updatedBy: uuid('updated_by'),
});

export const surveyCodes = pgTable('survey_codes', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  surveyId: uuid('survey_id').notNull(),
  serial: integer('serial').notNull(),
  codeHash: text('code_hash').notNull(),
  code: sealedText('code_sealed').notNull(),
  audience: text('audience', { enum: surveyAudiences }).notNull(),
  subjectId: uuid('subject_id').notNull(),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  createdBy: uuid('created_by').notNull(),
});

export const surveyAnswers = pgTable('survey_answers', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  surveyId: uuid('survey_id').notNull(),
  codeId: uuid('code_id'),
  subjectId: uuid('subject_id').notNull(),
  channel: text('channel', { enum: surveyChannels }).notNull(),
  audience: text('audience', { enum: surveyAudiences }).notNull(),
  values: jsonb('answer_values').$type<Record<string, SurveyAnswerValue>>().notNull(),
  comment: text('comment').notNull().default(''),
  sourceHash: text('source_hash'),
  recordedBy: uuid('recorded_by'),
  answeredAt: ts('answered_at').notNull(),
  voidedAt: ts('voided_at'),
  voidedBy: uuid('voided_by'),
  voidReason: text('void_reason'),
  version: integer('version').notNull().default(1),
});
