import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { subtasks, tasks, units, users } from '../../db/schema';

export type SubtaskRow = typeof subtasks.$inferSelect;
/** Which of a task's sub-tasks a caller sees (undefined: all). */
export type SubtaskScope = SQL | undefined;

/** A unit's scope: the sub-tasks it made, and any given to it (as a section) or to the person. */
export function madeByOrGivenTo(unitId: string, userId: string): SQL {
  return or(eq(subtasks.unitId, unitId), givenTo(unitId, userId)) as SQL;
}

/** A task's sub-tasks matching `where` (the caller's scope), in the order they were made. */
export async function subtasksOfTask(
  tx: Executor,
  taskId: string,
  where?: SubtaskScope,
): Promise<SubtaskRow[]> {
  return tx
    .select()
    .from(subtasks)
    .where(and(eq(subtasks.taskId, taskId), where))
    .orderBy(asc(subtasks.position), asc(subtasks.createdAt), asc(subtasks.id));
}

/** Sub-tasks given to a section (the caller's unit) or to a person, with their task, soonest due first. */
export async function subtasksGivenTo(tx: Executor, sectionId: string | null, userId: string) {
  return tx
    .select({ sub: subtasks, task: { title: tasks.title, code: tasks.code, status: tasks.status } })
    .from(subtasks)
    .innerJoin(tasks, eq(tasks.id, subtasks.taskId))
    .where(givenTo(sectionId, userId))
    .orderBy(asc(subtasks.dueDate), asc(subtasks.id));
}

/**
 * The condition "given to the caller's section or to the caller, and still in force". A sub-task lets its
 * section or person read the parent task only while the unit that made it is still the task's lead unit or a
 * co-unit, and the caller is still of that unit or of one of its active sections: once the office moves the
 * task to other units, or an admin moves the person, the access ends with it (checked on every read, never
 * stored).
 */
export function givenTo(callerUnitId: string | null, userId: string): SQL {
  if (callerUnitId === null) return sql`false`;
  const unitStillOnTask = sql`exists (select 1 from tasks t where t.id = ${subtasks.taskId}
    and (t.lead_unit_id = ${subtasks.unitId} or ${subtasks.unitId} = any(t.co_unit_ids)))`;
  const callerStillUnder = sql`(${subtasks.unitId} = ${callerUnitId}::uuid or exists (select 1 from units u
    where u.id = ${callerUnitId}::uuid and u.parent_id = ${subtasks.unitId} and u.kind = 'section' and u.active))`;
  return and(
    or(eq(subtasks.sectionId, callerUnitId), eq(subtasks.assigneeId, userId)),
    unitStillOnTask,
    callerStillUnder,
  ) as SQL;
}

/** Whether a sub-task of the task is given to this section or person (it then lets them read the task). */
export async function hasSubtaskGivenTo(
  tx: Executor,
  taskId: string,
  sectionId: string | null,
  userId: string,
): Promise<boolean> {
  const rows = await tx
    .select({ id: subtasks.id })
    .from(subtasks)
    .where(and(eq(subtasks.taskId, taskId), givenTo(sectionId, userId)))
    .limit(1);
  return rows.length > 0;
}

export async function findSubtask(tx: Executor, id: string): Promise<SubtaskRow | undefined> {
  return (await tx.select().from(subtasks).where(eq(subtasks.id, id)).limit(1))[0];
}

export async function insertSubtask(tx: Executor, row: typeof subtasks.$inferInsert) {
  const [inserted] = await tx.insert(subtasks).values(row).returning();
  return inserted;
}

/** Changes a sub-task if it still has `version`; nothing when someone changed it first. */
export async function updateSubtaskVersioned(
  tx: Executor,
  id: string,
  version: number,
  set: Partial<typeof subtasks.$inferInsert>,
) {
  const [row] = await tx
    .update(subtasks)
    .set({ ...set, version: version + 1 })
    .where(and(eq(subtasks.id, id), eq(subtasks.version, version)))
    .returning();
  return row;
}

export async function deleteSubtaskRow(tx: Executor, id: string): Promise<void> {
  await tx.delete(subtasks).where(eq(subtasks.id, id));
}

/** The active sections (units of kind 'section') under a unit. */
export async function sectionsOf(tx: Executor, unitId: string) {
  return tx
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.parentId, unitId), eq(units.kind, 'section'), eq(units.active, true)))
    .orderBy(asc(units.code));
}

/** The active accounts of some units (a unit and its sections), by name. */
export async function accountsOf(tx: Executor, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return tx
    .select({ id: users.id, name: users.displayName, unitId: users.unitId })
    .from(users)
    .where(and(inArray(users.unitId, unitIds), eq(users.active, true)))
    .orderBy(asc(users.displayName));
}

/** Names of the units and people a page of sub-tasks mentions. */
export async function namesFor(tx: Executor, unitIds: string[], userIds: string[]) {
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

/** Sets a task's responsible account if the task still has `version`; nothing when someone changed it first. */
export async function setTaskResponsibleUser(
  tx: Executor,
  taskId: string,
  version: number,
  set: { responsibleUserId: string | null; updatedAt: Date; updatedBy: string },
) {
  const [row] = await tx
    .update(tasks)
    .set({ ...set, version: version + 1 })
    .where(and(eq(tasks.id, taskId), eq(tasks.version, version)))
    .returning();
  return row;
}

/** The section, if it is a section (科室) of the unit. */
export async function findSectionOf(tx: Executor, sectionId: string, unitId: string) {
  const [row] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, sectionId), eq(units.kind, 'section'), eq(units.parentId, unitId)));
  return row;
}

/** An active account's unit, that unit's parent and kind (to tell a unit's own people from its sections'). */
export async function findAccountUnit(tx: Executor, userId: string) {
  const [row] = await tx
    .select({
      unitId: users.unitId,
      parentId: units.parentId,
      unitKind: units.kind,
      unitActive: units.active,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.id, userId), eq(users.active, true)));
  return row;
}

/** The sub-tasks of some tasks within a scope, with their task's code and title, in ledger order. */
export async function subtasksOfTasks(tx: Executor, taskIds: string[], scope: SubtaskScope) {
  if (taskIds.length === 0) return [];
  return tx
    .select({ sub: subtasks, task: { title: tasks.title, code: tasks.code } })
    .from(subtasks)
    .innerJoin(tasks, eq(tasks.id, subtasks.taskId))
    .where(and(inArray(subtasks.taskId, taskIds), scope))
    .orderBy(asc(subtasks.position), asc(subtasks.createdAt), asc(subtasks.id));
}
