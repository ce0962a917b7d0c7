import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  jointReviewItems,
  jointReviews,
  projectLeaders,
  projectNodes,
  projects,
  projectUnits,
  units,
  users,
} from '../../db/schema';
import type { ProjectFacts } from '../projects/projects.policy';

export type JointReviewRow = typeof jointReviews.$inferSelect;
export type JointReviewItemRow = typeof jointReviewItems.$inferSelect;
/** The list filter for what the actor sees: null for everything. */
export type JointReviewScope = { userId: string; unitId: string | null } | null;

export interface JointReviewFilter {
  projectId?: string | undefined;
  status?: JointReviewRow['status'] | undefined;
  unitId?: string | undefined;
  overdue?: boolean | undefined;
  /** Today (Asia/Shanghai): an item is overdue when pending and the deadline is before it. */
  today: string;
}

export async function findReview(tx: Executor, id: string): Promise<JointReviewRow | undefined> {
  return (await tx.select().from(jointReviews).where(eq(jointReviews.id, id)).limit(1))[0];
}

/** The items of some reviews, in the office's order, with the department's name. */
export async function itemsOfReviews(tx: Executor, reviewIds: string[]) {
  if (reviewIds.length === 0) return [];
  return tx
    .select({ item: jointReviewItems, unitName: units.name, answeredByName: users.displayName })
    .from(jointReviewItems)
    .innerJoin(units, eq(units.id, jointReviewItems.unitId))
    .leftJoin(users, eq(users.id, jointReviewItems.answeredBy))
    .where(inArray(jointReviewItems.reviewId, reviewIds))
    .orderBy(asc(jointReviewItems.position), asc(jointReviewItems.id));
}

/** What the visibility rule and the pages need of some projects: code, name, units, leaders. */
export async function projectsForReviews(
  tx: Executor,
  projectIds: string[],
): Promise<Map<string, { code: string; name: string; facts: ProjectFacts }>> {
  const ids = [...new Set(projectIds)];
  if (ids.length === 0) return new Map();
  const rows = await tx.select().from(projects).where(inArray(projects.id, ids));
  const unitRows = await tx
    .select({ projectId: projectUnits.projectId, unitId: projectUnits.unitId, role: projectUnits.role })
    .from(projectUnits)
    .where(inArray(projectUnits.projectId, ids));
  const leaderRows = await tx
    .select({ projectId: projectLeaders.projectId, userId: projectLeaders.userId })
    .from(projectLeaders)
    .where(inArray(projectLeaders.projectId, ids));
  return new Map(
    rows.map((p) => [
      p.id,
      {
        code: p.code,
        name: p.name,
        facts: {
          stage: p.stage,
          units: unitRows.filter((u) => u.projectId === p.id),
          leaderIds: leaderRows.filter((l) => l.projectId === p.id).map((l) => l.userId),
          contactUserId: p.contactUserId,
          hasReports: false,
        },
      },
    ]),
  );
}

export async function nodeNames(tx: Executor, nodeIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(nodeIds)];
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: projectNodes.id, name: projectNodes.name })
    .from(projectNodes)
    .where(inArray(projectNodes.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findProjectNode(tx: Executor, id: string) {
  return (
    await tx
      .select({ id: projectNodes.id, projectId: projectNodes.projectId })
      .from(projectNodes)
      .where(eq(projectNodes.id, id))
      .limit(1)
  )[0];
}

export async function projectExists(tx: Executor, id: string): Promise<boolean> {
  return (await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, id)).limit(1)).length > 0;
}

function scopeCondition(scope: JointReviewScope): SQL | undefined {
  if (scope === null) return undefined;
  const unit = scope.unitId;
  return sql`(
    EXISTS (SELECT 1 FROM project_leaders pl WHERE pl.project_id = ${jointReviews.projectId} AND pl.user_id = ${scope.userId})
    OR EXISTS (SELECT 1 FROM projects p WHERE p.id = ${jointReviews.projectId} AND p.contact_user_id = ${scope.userId})
    ${
      unit
        ? sql`OR EXISTS (SELECT 1 FROM project_units pu WHERE pu.project_id = ${jointReviews.projectId} AND pu.unit_id = ${unit})
    OR EXISTS (SELECT 1 FROM joint_review_items ji WHERE ji.review_id = ${jointReviews.id} AND ji.unit_id = ${unit})`
        : sql``
    })`;
}

/** The reviews the scope sees that match the filter, newest first, a page at a time, with the total. */
export async function listReviewRows(
  tx: Executor,
  scope: JointReviewScope,
  filter: JointReviewFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: JointReviewRow[]; total: number }> {
  const overdueItem = sql`EXISTS (SELECT 1 FROM joint_review_items oi WHERE oi.review_id = ${jointReviews.id}
    AND oi.status = 'pending' AND ${jointReviews.deadline} < ${filter.today}::date)`;
  const where = and(
    scopeCondition(scope),
    filter.projectId ? eq(jointReviews.projectId, filter.projectId) : undefined,
    filter.status ? eq(jointReviews.status, filter.status) : undefined,
    filter.unitId
      ? sql`EXISTS (SELECT 1 FROM joint_review_items ui WHERE ui.review_id = ${jointReviews.id} AND ui.unit_id = ${filter.unitId})`
      : undefined,
    filter.overdue === undefined ? undefined : filter.overdue ? overdueItem : sql`NOT ${overdueItem}`,
  );
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(jointReviews)
    .where(where);
  const rows = await tx
    .select()
    .from(jointReviews)
    .where(where)
    .orderBy(desc(jointReviews.openedAt), desc(jointReviews.id))
    .offset(page.offset)
    .limit(page.limit);
  return { rows, total: count?.n ?? 0 };
}

export async function insertReview(tx: Executor, row: typeof jointReviews.$inferInsert) {
  const [inserted] = await tx.insert(jointReviews).values(row).returning();
  return inserted;
}

export async function insertItems(tx: Executor, rows: Array<typeof jointReviewItems.$inferInsert>) {
  if (rows.length > 0) await tx.insert(jointReviewItems).values(rows);
}

/** Changes an item if it still has `version`; nothing when someone changed it first. */
export async function updateItemVersioned(
  tx: Executor,
  id: string,
  version: number,
  set: Partial<typeof jointReviewItems.$inferInsert>,
) {
  const [row] = await tx
    .update(jointReviewItems)
    .set({ ...set, version: version + 1 })
    .where(and(eq(jointReviewItems.id, id), eq(jointReviewItems.version, version)))
    .returning();
  return row;
}

/** Locks the review row for the rest of the transaction: parallel answers decide the closing one by one. */
export async function lockReview(tx: Executor, id: string): Promise<JointReviewRow | undefined> {
  return (await tx.select().from(jointReviews).where(eq(jointReviews.id, id)).for('update'))[0];
}

export async function closeReview(tx: Executor, id: string, at: Date, by: string | null) {
  const [row] = await tx
    .update(jointReviews)
    .set({
      status: 'closed',
      closedAt: at,
      updatedAt: at,
      updatedBy: by,
      version: sql`${jointReviews.version} + 1`,
    })
    .where(and(eq(jointReviews.id, id), eq(jointReviews.status, 'open')))
    .returning();
  return row;
}

export async function itemStatusesOf(tx: Executor, reviewId: string) {
  return tx
    .select({ status: jointReviewItems.status })
    .from(jointReviewItems)
    .where(eq(jointReviewItems.reviewId, reviewId));
}

/** Open reviews' pending items, with what a reminder needs (the reminder run, RLS keeps it to the tenant). */
export async function pendingItemsOfOpenReviews(tx: Executor) {
  return tx
    .select({
      itemId: jointReviewItems.id,
      unitId: jointReviewItems.unitId,
      status: jointReviewItems.status,
      remindedOn: jointReviewItems.remindedOn,
      reviewId: jointReviews.id,
      title: jointReviews.title,
      deadline: jointReviews.deadline,
      tenantId: jointReviews.tenantId,
    })
    .from(jointReviewItems)
    .innerJoin(jointReviews, eq(jointReviews.id, jointReviewItems.reviewId))
    .where(and(eq(jointReviews.status, 'open'), eq(jointReviewItems.status, 'pending')));
}

/** Marks an item reminded today unless it already was: true when this call marked it (restart-safe). */
export async function markReminded(tx: Executor, itemId: string, today: string): Promise<boolean> {
  const rows = await tx
    .update(jointReviewItems)
    .set({ remindedOn: today })
    .where(
      and(
        eq(jointReviewItems.id, itemId),
        sql`(${jointReviewItems.remindedOn} IS NULL OR ${jointReviewItems.remindedOn} <> ${today}::date)`,
      ),
    )
    .returning({ id: jointReviewItems.id });
  return rows.length > 0;
}

export async function userNames(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every department's item of the reviews due in a year (the assessment's approval_delay facts). */
export async function approvalItemsDueIn(tx: Executor, year: number) {
  return tx
    .select({
      itemId: jointReviewItems.id,
      reviewId: jointReviews.id,
      unitId: jointReviewItems.unitId,
      subject: jointReviewItems.subject,
      title: jointReviews.title,
      deadline: jointReviews.deadline,
      firstAnsweredAt: jointReviewItems.firstAnsweredAt,
    })
    .from(jointReviewItems)
    .innerJoin(jointReviews, eq(jointReviews.id, jointReviewItems.reviewId))
    .where(and(gte(jointReviews.deadline, `${year}-01-01`), lte(jointReviews.deadline, `${year}-12-31`)))
    .orderBy(asc(jointReviews.deadline), asc(jointReviewItems.position));
}
