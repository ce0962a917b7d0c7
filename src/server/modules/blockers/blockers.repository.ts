import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  blockerEvents,
  blockerFiles,
  blockers,
  projectLeaders,
  projectUnits,
  projects,
  storedFiles,
  tasks,
  units,
  users,
} from '../../db/schema';
import type { BlockerLevel, BlockerStatus } from '../../../domain/vocabulary';

export type BlockerRow = typeof blockers.$inferSelect;
export type BlockerEventRow = typeof blockerEvents.$inferSelect;

export async function findBlocker(tx: Executor, id: string): Promise<BlockerRow | undefined> {
  return (await tx.select().from(blockers).where(eq(blockers.id, id)).limit(1))[0];
}

/** The tenant's blockers (RLS keeps it to the tenant) matching the SQL-side filters, newest first. */
export async function selectBlockers(
  tx: Executor,
  f: {
    kind?: string | undefined;
    level?: BlockerLevel | undefined;
    status?: BlockerStatus | undefined;
    ownerUnitId?: string | undefined;
    projectId?: string | undefined;
    taskId?: string | undefined;
    raisedBefore?: Date | undefined;
  },
): Promise<BlockerRow[]> {
  const where = [
    f.kind ? eq(blockers.kind, f.kind) : undefined,
    f.level ? eq(blockers.level, f.level) : undefined,
    f.status ? eq(blockers.status, f.status) : undefined,
    f.ownerUnitId ? eq(blockers.ownerUnitId, f.ownerUnitId) : undefined,
    f.projectId ? eq(blockers.projectId, f.projectId) : undefined,
    f.taskId ? eq(blockers.taskId, f.taskId) : undefined,
    f.raisedBefore ? sql`${blockers.raisedAt} <= ${f.raisedBefore}` : undefined,
  ].filter((x) => x !== undefined);
  return tx
    .select()
    .from(blockers)
    .where(where.length ? and(...where) : undefined)
    .orderBy(sql`${blockers.raisedAt} DESC`, sql`${blockers.id} DESC`);
}

/** Open blockers the escalation run looks at. */
export async function openBlockers(tx: Executor): Promise<BlockerRow[]> {
  return tx.select().from(blockers).where(eq(blockers.status, 'open')).orderBy(asc(blockers.raisedAt));
}

/** What visibility and the ladder need of the project or task each blocker hangs from. */
export interface SubjectFacts {
  name: string;
  code: string | null;
  holderUnitIds: string[];
  /** Contracting leaders in order (project_leaders by position), or the task's lead leader. */
  leaderIds: string[];
  /** A task still a draft does not exist for units. */
  draft: boolean;
}

export async function subjectsOf(
  tx: Executor,
  projectIds: string[],
  taskIds: string[],
): Promise<{ projects: Map<string, SubjectFacts>; tasks: Map<string, SubjectFacts> }> {
  const pIds = [...new Set(projectIds)];
  const tIds = [...new Set(taskIds)];
  const projectMap = new Map<string, SubjectFacts>();
  if (pIds.length) {
    const rows = await tx
      .select({ id: projects.id, name: projects.name, code: projects.code })
      .from(projects)
      .where(inArray(projects.id, pIds));
    for (const r of rows)
      projectMap.set(r.id, { name: r.name, code: r.code, holderUnitIds: [], leaderIds: [], draft: false });
    const unitRows = await tx
      .select({ projectId: projectUnits.projectId, unitId: projectUnits.unitId })
      .from(projectUnits)
      .where(inArray(projectUnits.projectId, pIds));
    for (const u of unitRows) projectMap.get(u.projectId)?.holderUnitIds.push(u.unitId);
    const leaderRows = await tx
      .select({ projectId: projectLeaders.projectId, userId: projectLeaders.userId })
      .from(projectLeaders)
      .where(inArray(projectLeaders.projectId, pIds))
      .orderBy(asc(projectLeaders.position));
    for (const l of leaderRows) projectMap.get(l.projectId)?.leaderIds.push(l.userId);
  }
  const taskMap = new Map<string, SubjectFacts>();
  if (tIds.length) {
    const rows = await tx
      .select({
        id: tasks.id,
        title: tasks.title,
        code: tasks.code,
        status: tasks.status,
        leadUnitId: tasks.leadUnitId,
        coUnitIds: tasks.coUnitIds,
        leadLeaderId: tasks.leadLeaderId,
      })
      .from(tasks)
      .where(inArray(tasks.id, tIds));
    for (const r of rows)
      taskMap.set(r.id, {
        name: r.title,
        code: r.code,
        holderUnitIds: [...(r.leadUnitId ? [r.leadUnitId] : []), ...r.coUnitIds],
        leaderIds: r.leadLeaderId ? [r.leadLeaderId] : [],
        draft: r.status === 'draft',
      });
  }
  return { projects: projectMap, tasks: taskMap };
}

export async function insertBlocker(tx: Executor, row: typeof blockers.$inferInsert): Promise<BlockerRow> {
  const [inserted] = await tx.insert(blockers).values(row).returning();
  return inserted as BlockerRow;
}

/** Changes a blocker if it still has `version`; nothing when someone changed it first. */
export async function updateBlockerVersioned(
  tx: Executor,
  id: string,
  version: number,
  set: Partial<typeof blockers.$inferInsert>,
): Promise<BlockerRow | undefined> {
  const [row] = await tx
    .update(blockers)
    .set({ ...set, version: version + 1 })
    .where(and(eq(blockers.id, id), eq(blockers.version, version)))
    .returning();
  return row;
}

/**
 * Records a ladder step once (unique index blocker_events_step_once): false when the step was already taken,
 * by the job or a person, so that a second run changes nothing.
 */
export async function insertStepOnce(tx: Executor, row: typeof blockerEvents.$inferInsert): Promise<boolean> {
  const inserted = await tx
    .insert(blockerEvents)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: blockerEvents.id });
  return inserted.length > 0;
}

export async function insertEvent(tx: Executor, row: typeof blockerEvents.$inferInsert): Promise<void> {
  await tx.insert(blockerEvents).values(row);
}

export async function eventsOf(tx: Executor, blockerId: string): Promise<BlockerEventRow[]> {
  return tx
    .select()
    .from(blockerEvents)
    .where(eq(blockerEvents.blockerId, blockerId))
    .orderBy(asc(blockerEvents.at), asc(blockerEvents.id));
}

/** Whether a meeting decision was ever attached to the blocker. */
export async function hasDecision(tx: Executor, blockerId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: blockerEvents.id })
    .from(blockerEvents)
    .where(and(eq(blockerEvents.blockerId, blockerId), eq(blockerEvents.kind, 'decision_attached')))
    .limit(1);
  return rows.length > 0;
}

export async function filesOf(tx: Executor, blockerId: string) {
  return tx
    .select({
      id: storedFiles.id,
      name: storedFiles.fileName,
      contentType: storedFiles.mediaType,
      size: storedFiles.size,
      createdAt: blockerFiles.createdAt,
    })
    .from(blockerFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, blockerFiles.fileId))
    .where(eq(blockerFiles.blockerId, blockerId))
    .orderBy(asc(blockerFiles.position), asc(blockerFiles.createdAt));
}

export async function fileOf(tx: Executor, blockerId: string, fileId: string) {
  const [row] = await tx
    .select({ name: storedFiles.fileName, contentType: storedFiles.mediaType, content: storedFiles.content })
    .from(blockerFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, blockerFiles.fileId))
    .where(and(eq(blockerFiles.blockerId, blockerId), eq(blockerFiles.fileId, fileId)));
  return row;
}

export async function insertBlockerFile(
  tx: Executor,
  file: typeof storedFiles.$inferInsert,
  link: typeof blockerFiles.$inferInsert,
): Promise<void> {
  await tx.insert(storedFiles).values(file);
  await tx.insert(blockerFiles).values(link);
}

/** The ids among `ids` that are units of the tenant. */
export async function existingUnitIds(tx: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: units.id }).from(units).where(inArray(units.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Names of the units and people a page of blockers mentions. */
export async function namesFor(tx: Executor, unitIds: string[], userIds: string[]) {
  const u = [...new Set(unitIds)];
  const p = [...new Set(userIds)];
  const unitRows = u.length
    ? await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, u))
    : [];
  const userRows = p.length
    ? await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, p))
    : [];
  return {
    units: new Map(unitRows.map((r) => [r.id, r.name])),
    users: new Map(userRows.map((r) => [r.id, r.name])),
  };
}

/** Active users who are district leaders, for the notices of level `leader` without a named leader. */
export async function activeUserIds(tx: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  return rows.map((r) => r.id);
}

/**
 * The open and coordinating blockers of the tenant (RLS keeps it to the tenant), or of some projects: what the
 * task and project lights read (blocker_open).
 */
export async function activeBlockerDates(tx: Executor, projectIds?: string[]) {
  if (projectIds && projectIds.length === 0) return [];
  return tx
    .select({
      projectId: blockers.projectId,
      taskId: blockers.taskId,
      status: blockers.status,
      raisedAt: blockers.raisedAt,
    })
    .from(blockers)
    .where(
      and(
        inArray(blockers.status, ['open', 'coordinating']),
        projectIds ? inArray(blockers.projectId, projectIds) : undefined,
      ),
    );
}
