/**
 * The database is defined by the SQL migrations; the Drizzle tables and the domain's vocabularies restate parts of
 * it. This suite reads the migrated database's catalogue (pg_constraint, information_schema) and fails when the
 * three disagree: a vocabulary that differs from its column's CHECK, an enumerated column without a CHECK, or a
 * Drizzle column the database does not have.
 */
import { sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as vocabulary from '../src/domain/vocabulary';
import { publicScopes } from '../src/domain/public-feedback';
import { robotKinds, robotMessageStatuses } from '../src/domain/robots/vendors';
import { queryRows } from '../src/server/db/client';
import * as schema from '../src/server/db/schema';
import { createTestDatabase, dbKinds, type TestDatabase } from './helpers/test-app';

/** Each enumerated column and the vocabulary that must equal its CHECK (table.column → list). */
const vocabularyOfColumn: Record<string, readonly string[]> = {
  'units.kind': vocabulary.unitKinds,
  'decisions.kind': vocabulary.decisionKinds,
  'decisions.source': vocabulary.taskSources,
  'tasks.source': vocabulary.taskSources,
  'tasks.status': vocabulary.taskStatuses,
  'tasks.due_date_source': vocabulary.dueDateSources,
  'task_targets.comparator': vocabulary.comparators,
  'reports.status': vocabulary.reportStatuses,
  'report_events.action': vocabulary.reportHistoryActions,
  'task_requests.kind': vocabulary.requestKinds,
  'task_requests.status': vocabulary.requestStatuses,
  'task_light_states.light': vocabulary.lights,
  'supervision_cases.origin': vocabulary.caseOrigins,
  'supervision_cases.level': vocabulary.caseLevels,
  'supervision_cases.status': vocabulary.supervisionCaseStatuses,
  'rectifications.status': vocabulary.rectificationStatuses,
  'accountability_actions.type': vocabulary.accountabilityTypes,
  'assessment_schemes.status': vocabulary.schemeStatuses,
  'assessment_entries.kind': vocabulary.assessmentEntryKinds,
  'achievements.status': vocabulary.achievementStatuses,
  'projects.source': vocabulary.projectSources,
  'projects.stage': vocabulary.projectStages,
  'project_units.role': vocabulary.projectUnitRoles,
  'project_nodes.kind': vocabulary.projectNodeKinds,
  'project_reports.status': vocabulary.projectReportStatuses,
  'calendar_days.kind': vocabulary.calendarDayKinds,
  'catch_up_plans.status': vocabulary.catchUpPlanStatuses,
  'bulletins.status': vocabulary.bulletinStatuses,
  'bulletin_remarks.kind': vocabulary.bulletinRemarkKinds,
  'tolerance_requests.target_kind': vocabulary.toleranceTargetKinds,
  'tolerance_requests.status': vocabulary.toleranceStatuses,
  'assessment_appeals.target_kind': vocabulary.appealTargetKinds,
  'assessment_appeals.status': vocabulary.appealStatuses,
  'feedback_messages.subject': vocabulary.feedbackSubjects,
  'feedback_messages.status': vocabulary.feedbackStatuses,
  'public_decisions.scope': publicScopes,
  'blockers.level': vocabulary.blockerLevels,
  'blockers.status': vocabulary.blockerStatuses,
  'blocker_events.kind': vocabulary.blockerEventKinds,
  'blocker_events.from_level': vocabulary.blockerLevels,
  'blocker_events.to_level': vocabulary.blockerLevels,
  'joint_reviews.status': vocabulary.jointReviewStatuses,
  'joint_review_items.status': vocabulary.jointReviewItemStatuses,
  'meetings.status': vocabulary.meetingStatuses,
  'meeting_items.kind': vocabulary.meetingItemKinds,
  'attachments.kind': vocabulary.attachmentKinds,
  'task_requests.acceptance': vocabulary.acceptanceOutcomes,
  'attachments.owner_kind': vocabulary.attachmentOwnerKinds,
  'task_shares.status': vocabulary.shareStatuses,
  'target_shares.status': vocabulary.targetShareStatuses,
  'cooperation_ratings.rating': vocabulary.cooperationRatings,
  'subtasks.status': vocabulary.subtaskStatuses,
  'surveys.subject_kind': vocabulary.surveySubjectKinds,
  'surveys.status': vocabulary.surveyStatuses,
  'survey_codes.audience': vocabulary.surveyAudiences,
  'survey_answers.channel': vocabulary.surveyChannels,
  'survey_answers.audience': vocabulary.surveyAudiences,
  'messenger_robots.kind': robotKinds,
  'robot_messages.light': vocabulary.lights,
  'robot_messages.status': robotMessageStatuses,
};

/** `CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text])))` or `CHECK ((kind IN ('a', 'b')))` → ['a', 'b']. */
export function parseInListCheck(definition: string): { column: string; values: string[] } | null {
  const m = /^CHECK \(\(\(?([a-z_]+)\)?(?:::text)? = ANY \(\(?ARRAY\[(.*)\]\)?(?:::text\[\])?\)\)\)$/.exec(
    definition,
  );
  if (!m) return null;
  const values = [...(m[2] ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((v) => (v[1] ?? '').replace(/''/g, "'"));
  return { column: m[1] ?? '', values };
}

const drizzleTables = (Object.values(schema) as unknown[])
  .filter((v): v is PgTable => v instanceof PgTable)
  .map((table) => getTableConfig(table));

describe('parseInListCheck', () => {
  it('reads the value list PostgreSQL prints for an IN check', () => {
    expect(
      parseInListCheck("CHECK ((kind = ANY (ARRAY['department'::text, 'street'::text, 'other'::text])))"),
    ).toEqual({ column: 'kind', values: ['department', 'street', 'other'] });
    expect(parseInListCheck("CHECK ((comparator = ANY (ARRAY['>='::text, 'range'::text])))")?.values).toEqual(
      ['>=', 'range'],
    );
    expect(parseInListCheck('CHECK (((progress >= 0) AND (progress <= 100)))')).toBeNull();
  });
});

describe.each(dbKinds())('the database, Drizzle and the vocabularies agree on %s', (kind) => {
  let t: TestDatabase;
  let checks: Map<string, string[]>;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    const rows = await queryRows<{ table: string; definition: string }>(
      t.db.orm,
      sql`SELECT c.relname AS "table", pg_get_constraintdef(k.oid) AS definition
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE k.contype = 'c' AND n.nspname = 'public'`,
    );
    checks = new Map();
    for (const row of rows) {
      const parsed = parseInListCheck(row.definition);
      if (parsed) checks.set(`${row.table}.${parsed.column}`, parsed.values);
    }
  });
  afterAll(async () => t.drop());

  it('every value list in a CHECK has its vocabulary, and each vocabulary equals its CHECK', () => {
    expect([...checks.keys()].sort()).toEqual(Object.keys(vocabularyOfColumn).sort());
    for (const [column, values] of Object.entries(vocabularyOfColumn)) {
      expect(checks.get(column), column).toEqual([...values]);
    }
  });

  it('every enumerated Drizzle column takes its values from the vocabulary its CHECK equals', () => {
    const enumerated: string[] = [];
    for (const table of drizzleTables) {
      for (const column of table.columns) {
        if (!('enumValues' in column) || !Array.isArray(column.enumValues) || column.enumValues.length === 0)
          continue;
        const key = `${table.name}.${column.name}`;
        enumerated.push(key);
        expect(column.enumValues, key).toEqual(
          vocabularyOfColumn[key] ? [...vocabularyOfColumn[key]] : undefined,
        );
      }
    }
    expect(enumerated.sort()).toEqual(Object.keys(vocabularyOfColumn).sort());
  });

  it('every Drizzle table and column exists in the database, with the same nullability', async () => {
    const rows = await queryRows<{ table: string; column: string; nullable: string }>(
      t.db.orm,
      sql`SELECT table_name AS "table", column_name AS "column", is_nullable AS nullable
            FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const database = new Map(rows.map((r) => [`${r.table}.${r.column}`, r.nullable === 'YES']));
    const missing: string[] = [];
    const nullability: string[] = [];
    for (const table of drizzleTables) {
      for (const column of table.columns) {
        const key = `${table.name}.${column.name}`;
        const isNullable = database.get(key);
        if (isNullable === undefined) missing.push(key);
        else if (isNullable === column.notNull && !column.primary) nullability.push(key);
      }
    }
    expect(missing).toEqual([]);
    expect(nullability).toEqual([]);
  });
});
