/** Queries of the weekly project meeting (周六例会); the agenda sources read the blockers and reviews tables. */
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import {
  blockerEvents,
  blockerFiles,
  blockers,
  decisions,
  jointReviewItems,
  jointReviews,
  meetingDecisions,
  meetingItems,
  meetings,
  projectReportPhotos,
  projects,
  storedFiles,
  tasks,
  tenants,
  units,
  users,
} from '../../db/schema';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingItemRow = typeof meetingItems.$inferSelect;
export type MeetingDecisionRow = typeof meetingDecisions.$inferSelect;

export async function findMeeting(tx: Executor, id: string): Promise<MeetingRow | undefined> {
  return (await tx.select().from(meetings).where(eq(meetings.id, id)).limit(1))[0];
}

/** The district's meetings, newest first. */
export async function listMeetingRows(tx: Executor): Promise<MeetingRow[]> {
  return tx.select().from(meetings).orderBy(desc(meetings.heldOn), desc(meetings.id));
}

export async function insertMeeting(tx: Executor, row: typeof meetings.$inferInsert): Promise<MeetingRow> {
  const [inserted] = await tx.insert(meetings).values(row).returning();
  return inserted as MeetingRow;
}

/** Changes a meeting if it still has `version`; nothing when someone changed it first. */
export async function updateMeetingVersioned(
  tx: Executor,
  id: string,
  version: number,
  set: Partial<typeof meetings.$inferInsert>,
): Promise<MeetingRow | undefined> {
  const [row] = await tx
    .update(meetings)
    .set({ ...set, version: version + 1 })
    .where(and(eq(meetings.id, id), eq(meetings.version, version)))
    .returning();
  return row;
}

export async function itemsOfMeeting(tx: Executor, meetingId: string): Promise<MeetingItemRow[]> {
  return tx
    .select()
    .from(meetingItems)
    .where(eq(meetingItems.meetingId, meetingId))
    .orderBy(asc(meetingItems.position), asc(meetingItems.id));
}

export async function decisionsOfMeeting(tx: Executor, meetingId: string): Promise<MeetingDecisionRow[]> {
  return tx
    .select()
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, meetingId))
    .orderBy(asc(meetingDecisions.position), asc(meetingDecisions.id));
}

/** Item and decision counts per meeting (the list). */
export async function countsOfMeetings(tx: Executor, ids: string[]) {
  if (ids.length === 0) return { items: new Map<string, number>(), decisions: new Map<string, number>() };
  const items = await tx
    .select({ id: meetingItems.meetingId, n: sql<number>`count(*)::int` })
    .from(meetingItems)
    .where(inArray(meetingItems.meetingId, ids))
    .groupBy(meetingItems.meetingId);
  const made = await tx
    .select({ id: meetingDecisions.meetingId, n: sql<number>`count(*)::int` })
    .from(meetingDecisions)
    .where(inArray(meetingDecisions.meetingId, ids))
    .groupBy(meetingDecisions.meetingId);
  return {
    items: new Map(items.map((r) => [r.id, Number(r.n)])),
    decisions: new Map(made.map((r) => [r.id, Number(r.n)])),
  };
}

export async function deleteItems(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.delete(meetingItems).where(inArray(meetingItems.id, ids));
}

export async function insertItems(tx: Executor, rows: (typeof meetingItems.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(meetingItems).values(rows);
}

export async function setItemPosition(
  tx: Executor,
  id: string,
  position: number,
  notes?: string,
): Promise<void> {
  await tx
    .update(meetingItems)
    .set({ position, ...(notes === undefined ? {} : { notes }) })
    .where(eq(meetingItems.id, id));
}

export async function insertMeetingDecision(
  tx: Executor,
  row: typeof meetingDecisions.$inferInsert,
): Promise<MeetingDecisionRow> {
  const [inserted] = await tx.insert(meetingDecisions).values(row).returning();
  return inserted as MeetingDecisionRow;
}

export async function insertDecisionDocument(
  tx: Executor,
  row: typeof decisions.$inferInsert,
): Promise<void> {
  await tx.insert(decisions).values(row);
}

// Agenda sources (the contract of migration 0031)

/** Decisions of meetings before `heldOn` whose task is not completed or cancelled (or has no task). */
export async function carriedDecisionSources(tx: Executor, heldOn: string) {
  return queryRows<{
    id: string;
    content: string;
    meetingHeldOn: string;
    position: number;
    projectId: string | null;
    blockerId: string | null;
  }>(
    tx,
    sql`SELECT d.id, d.content, m.held_on::text AS "meetingHeldOn", d.position, d.project_id AS "projectId",
               d.blocker_id AS "blockerId"
          FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id
          LEFT JOIN tasks t ON t.id = d.task_id
         WHERE m.held_on < ${heldOn}::date AND (t.id IS NULL OR t.status NOT IN ('completed', 'cancelled'))`,
  );
}

/** Blockers escalated to the meeting and still open. */
export async function meetingBlockerSources(tx: Executor) {
  const rows = await tx
    .select({
      id: blockers.id,
      title: blockers.title,
      raisedAt: blockers.raisedAt,
      projectId: blockers.projectId,
    })
    .from(blockers)
    .where(and(eq(blockers.level, 'meeting'), eq(blockers.status, 'open')));
  return rows.map((r) => ({ ...r, raisedAt: r.raisedAt.toISOString() }));
}

/** Open joint reviews past their deadline (before the meeting's day) with a department still pending. */
export async function overdueReviewSources(tx: Executor, heldOn: string) {
  return tx
    .select({
      id: jointReviews.id,
      title: jointReviews.title,
      deadline: jointReviews.deadline,
      projectId: jointReviews.projectId,
    })
    .from(jointReviews)
    .where(
      and(
        eq(jointReviews.status, 'open'),
        lt(jointReviews.deadline, heldOn),
        sql`EXISTS (SELECT 1 FROM joint_review_items i WHERE i.review_id = ${jointReviews.id} AND i.status = 'pending')`,
      ),
    );
}

// Facts

export async function blockersByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(blockers).where(inArray(blockers.id, ids));
}

export async function findBlocker(tx: Executor, id: string) {
  return (await tx.select().from(blockers).where(eq(blockers.id, id)).limit(1))[0];
}

export async function eventsOfBlockers(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({
      blockerId: blockerEvents.blockerId,
      kind: blockerEvents.kind,
      fromLevel: blockerEvents.fromLevel,
      toLevel: blockerEvents.toLevel,
      reason: blockerEvents.reason,
      at: blockerEvents.at,
      actorName: users.displayName,
    })
    .from(blockerEvents)
    .leftJoin(users, eq(users.id, blockerEvents.actorId))
    .where(inArray(blockerEvents.blockerId, ids))
    .orderBy(asc(blockerEvents.at), asc(blockerEvents.id));
}

export async function filesOfBlockers(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({
      blockerId: blockerFiles.blockerId,
      id: storedFiles.id,
      name: storedFiles.fileName,
      contentType: storedFiles.mediaType,
    })
    .from(blockerFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, blockerFiles.fileId))
    .where(inArray(blockerFiles.blockerId, ids))
    .orderBy(asc(blockerFiles.position));
}

/** The newest photos of each project (from its monthly reports), up to `limit` each. */
export async function photosOfProjects(tx: Executor, projectIds: string[], limit: number) {
  if (projectIds.length === 0) return [];
  const rows = await tx
    .select({
      projectId: projectReportPhotos.projectId,
      id: storedFiles.id,
      name: storedFiles.fileName,
      contentType: storedFiles.mediaType,
    })
    .from(projectReportPhotos)
    .innerJoin(storedFiles, eq(storedFiles.id, projectReportPhotos.fileId))
    .where(inArray(projectReportPhotos.projectId, projectIds))
    .orderBy(desc(projectReportPhotos.createdAt), asc(projectReportPhotos.position));
  const count = new Map<string, number>();
  return rows.filter((r) => {
    const n = count.get(r.projectId) ?? 0;
    count.set(r.projectId, n + 1);
    return n < limit;
  });
}

export async function reviewsByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(jointReviews).where(inArray(jointReviews.id, ids));
}

export async function reviewItemsOf(tx: Executor, reviewIds: string[]) {
  if (reviewIds.length === 0) return [];
  return tx
    .select({
      reviewId: jointReviewItems.reviewId,
      unitName: units.name,
      subject: jointReviewItems.subject,
      status: jointReviewItems.status,
      answer: jointReviewItems.answer,
      answeredAt: jointReviewItems.answeredAt,
    })
    .from(jointReviewItems)
    .innerJoin(units, eq(units.id, jointReviewItems.unitId))
    .where(inArray(jointReviewItems.reviewId, reviewIds))
    .orderBy(asc(jointReviewItems.position), asc(jointReviewItems.id));
}

/** Carried decisions with their meeting and task (the facts of a carried item). */
export async function carriedDecisionFacts(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({
      id: meetingDecisions.id,
      content: meetingDecisions.content,
      dueDate: meetingDecisions.dueDate,
      leadUnitId: meetingDecisions.leadUnitId,
      meetingTitle: meetings.title,
      heldOn: meetings.heldOn,
      taskId: tasks.id,
      taskCode: tasks.code,
      taskStatus: tasks.status,
      taskProgress: tasks.progress,
    })
    .from(meetingDecisions)
    .innerJoin(meetings, eq(meetings.id, meetingDecisions.meetingId))
    .leftJoin(tasks, eq(tasks.id, meetingDecisions.taskId))
    .where(inArray(meetingDecisions.id, ids));
}

/** Names of units and people, by id. */
export async function namesOf(tx: Executor, unitIds: string[], userIds: string[]) {
  const unitRows = unitIds.length
    ? await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
    : [];
  const userRows = userIds.length
    ? await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
    : [];
  return {
    units: new Map(unitRows.map((u) => [u.id, u.name])),
    users: new Map(userRows.map((u) => [u.id, u.name])),
  };
}

/** Tasks' code and status by id (a decision's task). */
export async function taskStates(tx: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, { code: string | null; status: string }>();
  const rows = await tx
    .select({ id: tasks.id, code: tasks.code, status: tasks.status })
    .from(tasks)
    .where(inArray(tasks.id, ids));
  return new Map(rows.map((r) => [r.id, { code: r.code, status: r.status }]));
}

/** Moves the blocker to coordinating (version+1) and records the decision on its history. */
export async function attachDecisionToBlocker(
  tx: Executor,
  input: {
    blockerId: string;
    tenantId: string;
    eventId: string;
    meetingDecisionId: string;
    actorId: string;
    at: Date;
    reason: string;
  },
): Promise<{ from: string; to: string } | null> {
  const [before] = await tx
    .select({ status: blockers.status })
    .from(blockers)
    .where(eq(blockers.id, input.blockerId))
    .limit(1);
  if (!before) return null;
  const moves = before.status === 'open' || before.status === 'coordinating';
  if (moves)
    await tx
      .update(blockers)
      .set({
        status: 'coordinating',
        version: sql`${blockers.version} + 1`,
        updatedAt: input.at,
        updatedBy: input.actorId,
      })
      .where(eq(blockers.id, input.blockerId));
  await tx.insert(blockerEvents).values({
    id: input.eventId,
    tenantId: input.tenantId,
    blockerId: input.blockerId,
    kind: 'decision_attached',
    reason: input.reason,
    meetingDecisionId: input.meetingDecisionId,
    actorId: input.actorId,
    at: input.at,
  });
  return { from: before.status, to: moves ? 'coordinating' : before.status };
}

export async function projectRowsByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(projects).where(inArray(projects.id, ids));
}

/** Links the meeting's decisions row (made on the first decision); not an edit of the meeting (no version). */
export async function setMeetingDecisionId(tx: Executor, id: string, decisionId: string): Promise<void> {
  await tx.update(meetings).set({ decisionId }).where(eq(meetings.id, id));
}

export async function tenantName(tx: Executor, tenantId: string): Promise<string> {
  const [row] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.name ?? '';
}
