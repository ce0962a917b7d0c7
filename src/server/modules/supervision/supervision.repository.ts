import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { caseAbilities, rectificationAbilities, type AbilityActor } from '../../../domain/abilities';
import type { Executor } from '../../db/client';
import {
  accountabilityActions,
  caseEvents,
  inspections,
  interviews,
  rectifications,
  supervisionCases,
  units,
  users,
} from '../../db/schema';
import { iso } from '../../http';
import type { TCase, TRectification } from './supervision.schemas';
import { isCaseWaiting, isRectificationOpen, type DeadlineRule } from '../case-deadlines/load-deadline-rule';

export type CaseRow = typeof supervisionCases.$inferSelect;
export type RectificationRow = typeof rectifications.$inferSelect;

export async function findCase(tx: Executor, id: string): Promise<CaseRow | undefined> {
  return (await tx.select().from(supervisionCases).where(eq(supervisionCases.id, id)))[0];
}

export async function listCaseRows(tx: Executor, unitId: string | null): Promise<CaseRow[]> {
  return tx
    .select()
    .from(supervisionCases)
    .where(unitId ? sql`${unitId} = ANY(${supervisionCases.unitIds})` : undefined)
    .orderBy(desc(supervisionCases.createdAt));
}

export async function presentCases(
  tx: Executor,
  rows: CaseRow[],
  actor: AbilityActor,
  rule: DeadlineRule,
): Promise<TCase[]> {
  const ids = rows.map((r) => r.id);
  const events = ids.length
    ? await tx
        .select({
          caseId: caseEvents.caseId,
          action: caseEvents.action,
          comment: caseEvents.comment,
          level: caseEvents.level,
          at: caseEvents.at,
          actorName: users.displayName,
        })
        .from(caseEvents)
        .leftJoin(users, eq(users.id, caseEvents.actorId))
        .where(inArray(caseEvents.caseId, ids))
        .orderBy(asc(caseEvents.at))
    : [];
  return rows.map((r) => ({
    abilities: caseAbilities(actor, r),
    id: r.id,
    title: r.title,
    origin: r.origin,
    level: r.level,
    requirements: r.requirements,
    deadline: r.deadline,
    status: r.status,
    taskIds: r.taskIds,
    unitIds: r.unitIds,
    feedbackId: r.feedbackId,
    answer: r.answer,
    answeredAt: iso(r.answeredAt),
    closedAt: iso(r.closedAt),
    ...rule.fields(r.deadline, isCaseWaiting(r.status)),
    history: events
      .filter((e) => e.caseId === r.id)
      .map((e) => ({
        action: e.action,
        comment: e.comment,
        level: e.level,
        actorName: e.actorName,
        at: iso(e.at),
      })),
    version: r.version,
    createdAt: iso(r.createdAt),
  }));
}

export async function findRectification(tx: Executor, id: string): Promise<RectificationRow | undefined> {
  return (await tx.select().from(rectifications).where(eq(rectifications.id, id)))[0];
}

export async function presentRectifications(
  tx: Executor,
  rows: RectificationRow[],
  rule: DeadlineRule,
  actor: AbilityActor,
): Promise<TRectification[]> {
  const today = rule.asOf;
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const names = new Map(
    (unitIds.length
      ? await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
      : []
    ).map((u) => [u.id, u.name]),
  );
  return rows.map((r) => ({
    abilities: rectificationAbilities(actor, r),
    id: r.id,
    inspectionId: r.inspectionId,
    caseId: r.caseId,
    taskId: r.taskId,
    finding: r.finding,
    unitId: r.unitId,
    unitName: names.get(r.unitId) ?? null,
    deadline: r.deadline,
    measures: r.measures,
    evidence: r.evidence,
    status: r.status,
    // 逾期未整改: past the deadline and not verified (销号).
    isOverdue: r.status !== 'verified' && r.deadline < today,
    ...rule.fields(r.deadline, isRectificationOpen(r.status)),
    submittedAt: iso(r.submittedAt),
    verifiedAt: iso(r.verifiedAt),
    reviewComment: r.reviewComment,
    version: r.version,
  }));
}

export async function listRectificationRows(
  tx: Executor,
  unitId: string | null,
): Promise<RectificationRow[]> {
  return tx
    .select()
    .from(rectifications)
    .where(unitId ? eq(rectifications.unitId, unitId) : undefined)
    .orderBy(asc(rectifications.deadline));
}

export async function setRectificationFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof rectifications.$inferInsert>,
): Promise<RectificationRow | undefined> {
  const [after] = await tx.update(rectifications).set(changes).where(eq(rectifications.id, id)).returning();
  return after;
}

export async function setCaseFields(
  tx: Executor,
  id: string,
  changes: Partial<typeof supervisionCases.$inferInsert>,
): Promise<void> {
  await tx.update(supervisionCases).set(changes).where(eq(supervisionCases.id, id));
}

export async function caseExists(tx: Executor, id: string): Promise<boolean> {
  return (
    (
      await tx.select({ id: supervisionCases.id }).from(supervisionCases).where(eq(supervisionCases.id, id))
    )[0] !== undefined
  );
}

export type InterviewRow = typeof interviews.$inferSelect;
export type AccountabilityRow = typeof accountabilityActions.$inferSelect;

/** Interviews, newest first; of one unit when given. */
export async function listInterviews(tx: Executor, unitId: string | null): Promise<InterviewRow[]> {
  return tx
    .select()
    .from(interviews)
    .where(unitId ? eq(interviews.unitId, unitId) : undefined)
    .orderBy(desc(interviews.date));
}

/** Accountability actions, newest first; of one unit when given. */
export async function listAccountabilityActions(
  tx: Executor,
  unitId: string | null,
): Promise<AccountabilityRow[]> {
  return tx
    .select()
    .from(accountabilityActions)
    .where(unitId ? eq(accountabilityActions.unitId, unitId) : undefined)
    .orderBy(desc(accountabilityActions.date));
}

export async function insertCase(tx: Executor, row: typeof supervisionCases.$inferInsert): Promise<void> {
  await tx.insert(supervisionCases).values(row);
}

export async function insertCaseEvent(tx: Executor, row: typeof caseEvents.$inferInsert): Promise<void> {
  await tx.insert(caseEvents).values(row);
}

export async function insertInspection(tx: Executor, row: typeof inspections.$inferInsert): Promise<void> {
  await tx.insert(inspections).values(row);
}

export async function insertRectification(
  tx: Executor,
  row: typeof rectifications.$inferInsert,
): Promise<void> {
  await tx.insert(rectifications).values(row);
}

export async function insertInterview(tx: Executor, row: typeof interviews.$inferInsert): Promise<void> {
  await tx.insert(interviews).values(row);
}

export async function insertAccountabilityAction(
  tx: Executor,
  row: typeof accountabilityActions.$inferInsert,
): Promise<void> {
  await tx.insert(accountabilityActions).values(row);
}
