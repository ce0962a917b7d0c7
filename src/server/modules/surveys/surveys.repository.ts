import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { projects, surveyAnswers, surveyCodes, surveys, tasks, tenants, units, users } from '../../db/schema';
import type { SurveySubjectKind } from '../../../domain/vocabulary';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyCodeRow = typeof surveyCodes.$inferSelect;
export type SurveyAnswerRow = typeof surveyAnswers.$inferSelect;

export async function insertSurvey(tx: Executor, row: typeof surveys.$inferInsert) {
  const [created] = await tx.insert(surveys).values(row).returning();
  return created as SurveyRow;
}

export async function findSurvey(tx: Executor, id: string) {
  const [row] = await tx.select().from(surveys).where(eq(surveys.id, id));
  return row;
}

export async function findSurveyByLink(tx: Executor, token: string) {
  const [row] = await tx.select().from(surveys).where(eq(surveys.linkToken, token));
  return row;
}

/** Changes a survey if it still has `version`; nothing when someone changed it first. */
export async function updateSurveyVersioned(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof surveys.$inferInsert>,
) {
  const [row] = await tx
    .update(surveys)
    .set({ ...values, version: version + 1 })
    .where(and(eq(surveys.id, id), eq(surveys.version, version)))
    .returning();
  return row;
}

/** The district's surveys, newest first. */
export async function listSurveyRows(tx: Executor) {
  return tx.select().from(surveys).orderBy(desc(surveys.createdAt)).limit(500);
}

/** Codes and answers (voided ones too) per survey. */
export async function surveyCounts(tx: Executor, surveyIds: string[]) {
  if (surveyIds.length === 0) return { codes: new Map<string, number>(), answers: new Map<string, number>() };
  const codeRows = await tx
    .select({ surveyId: surveyCodes.surveyId, n: count() })
    .from(surveyCodes)
    .where(inArray(surveyCodes.surveyId, surveyIds))
    .groupBy(surveyCodes.surveyId);
  const answerRows = await tx
    .select({ surveyId: surveyAnswers.surveyId, n: count() })
    .from(surveyAnswers)
    .where(and(inArray(surveyAnswers.surveyId, surveyIds), isNull(surveyAnswers.voidedAt)))
    .groupBy(surveyAnswers.surveyId);
  return {
    codes: new Map(codeRows.map((r) => [r.surveyId, Number(r.n)])),
    answers: new Map(answerRows.map((r) => [r.surveyId, Number(r.n)])),
  };
}

/** The names of a survey's subjects: units by name, tasks and projects by code and title. */
export async function subjectLabels(
  tx: Executor,
  kind: SurveySubjectKind,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const list = [...ids];
  if (kind === 'unit') {
    const rows = await tx
      .select({ id: units.id, label: units.name })
      .from(units)
      .where(inArray(units.id, list));
    return new Map(rows.map((r) => [r.id, r.label]));
  }
  if (kind === 'task') {
    const rows = await tx
      .select({ id: tasks.id, code: tasks.code, title: tasks.title })
      .from(tasks)
      .where(inArray(tasks.id, list));
    return new Map(rows.map((r) => [r.id, r.code ? `${r.code} ${r.title}` : r.title]));
  }
  const rows = await tx
    .select({ id: projects.id, code: projects.code, name: projects.name })
    .from(projects)
    .where(inArray(projects.id, list));
  return new Map(rows.map((r) => [r.id, `${r.code} ${r.name}`]));
}

export async function highestSerial(tx: Executor, surveyId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number | null>`max(${surveyCodes.serial})` })
    .from(surveyCodes)
    .where(eq(surveyCodes.surveyId, surveyId));
  return Number(row?.n ?? 0);
}

export async function insertCodes(tx: Executor, rows: Array<typeof surveyCodes.$inferInsert>) {
  if (rows.length > 0) await tx.insert(surveyCodes).values(rows);
}

/** A survey's codes by serial, with the channel of the answer each was used for (null: unused). */
export async function listCodeRows(tx: Executor, surveyId: string) {
  return tx
    .select({ code: surveyCodes, channel: surveyAnswers.channel })
    .from(surveyCodes)
    .leftJoin(surveyAnswers, eq(surveyAnswers.codeId, surveyCodes.id))
    .where(eq(surveyCodes.surveyId, surveyId))
    .orderBy(asc(surveyCodes.serial));
}

export async function findCode(tx: Executor, id: string) {
  const [row] = await tx.select().from(surveyCodes).where(eq(surveyCodes.id, id));
  return row;
}

export async function findCodeByHash(tx: Executor, codeHash: string) {
  const [row] = await tx.select().from(surveyCodes).where(eq(surveyCodes.codeHash, codeHash));
  return row;
}

export async function isCodeUsed(tx: Executor, codeId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: surveyAnswers.id })
    .from(surveyAnswers)
    .where(eq(surveyAnswers.codeId, codeId));
  return row !== undefined;
}

export async function insertAnswer(tx: Executor, row: typeof surveyAnswers.$inferInsert) {
  const [created] = await tx.insert(surveyAnswers).values(row).returning();
  return created as SurveyAnswerRow;
}

/** Open-link answers of a survey (voided ones too: the cap counts what was received). */
export async function countLinkAnswers(tx: Executor, surveyId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(surveyAnswers)
    .where(and(eq(surveyAnswers.surveyId, surveyId), eq(surveyAnswers.channel, 'link')));
  return Number(row?.n ?? 0);
}

const recorder = alias(users, 'recorder');
const voider = alias(users, 'voider');

/** A survey's answers, oldest first, with the code's serial and the names of who recorded or voided them. */
export async function listAnswerRows(tx: Executor, surveyId: string) {
  return tx
    .select({
      answer: surveyAnswers,
      serial: surveyCodes.serial,
      recordedByName: recorder.displayName,
      voidedByName: voider.displayName,
    })
    .from(surveyAnswers)
    .leftJoin(surveyCodes, eq(surveyCodes.id, surveyAnswers.codeId))
    .leftJoin(recorder, eq(recorder.id, surveyAnswers.recordedBy))
    .leftJoin(voider, eq(voider.id, surveyAnswers.voidedBy))
    .where(eq(surveyAnswers.surveyId, surveyId))
    .orderBy(asc(surveyAnswers.answeredAt), asc(surveyAnswers.id));
}

export async function findAnswer(tx: Executor, id: string) {
  const [row] = await tx.select().from(surveyAnswers).where(eq(surveyAnswers.id, id));
  return row;
}

export async function updateAnswerVersioned(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof surveyAnswers.$inferInsert>,
) {
  const [row] = await tx
    .update(surveyAnswers)
    .set({ ...values, version: version + 1 })
    .where(and(eq(surveyAnswers.id, id), eq(surveyAnswers.version, version)))
    .returning();
  return row;
}

/** The answers of several surveys (for results and the assessment): subject, values, voided or not. */
export async function answersOfSurveys(tx: Executor, surveyIds: string[]) {
  if (surveyIds.length === 0) return [];
  return tx
    .select({
      surveyId: surveyAnswers.surveyId,
      subjectId: surveyAnswers.subjectId,
      values: surveyAnswers.values,
      voidedAt: surveyAnswers.voidedAt,
    })
    .from(surveyAnswers)
    .where(inArray(surveyAnswers.surveyId, surveyIds));
}

/** Closed surveys about units whose answering period ended in `year` (the assessment's satisfaction). */
export async function closedUnitSurveysOfYear(tx: Executor, year: number) {
  return tx
    .select()
    .from(surveys)
    .where(
      and(
        eq(surveys.status, 'closed'),
        eq(surveys.subjectKind, 'unit'),
        sql`${surveys.closesOn} BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`,
      ),
    )
    .orderBy(asc(surveys.closesOn), asc(surveys.id));
}

/** The district's public code (the slug of its public pages). */
export async function tenantSlug(tx: Executor, tenantId: string): Promise<string> {
  const [row] = await tx.select({ code: tenants.code }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.code ?? '';
}
