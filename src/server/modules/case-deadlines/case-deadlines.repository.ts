import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  instructionReplies,
  instructions,
  rectifications,
  supervisionCases,
  tasks,
  units,
  users,
} from '../../db/schema';

/** Every case of the tenant with what its deadline light needs. */
export async function caseDeadlineRows(tx: Executor) {
  return tx
    .select({
      id: supervisionCases.id,
      title: supervisionCases.title,
      deadline: supervisionCases.deadline,
      status: supervisionCases.status,
      unitIds: supervisionCases.unitIds,
      createdAt: supervisionCases.createdAt,
      answeredAt: supervisionCases.answeredAt,
      closedAt: supervisionCases.closedAt,
    })
    .from(supervisionCases);
}

/** Every rectification of the tenant with what its deadline light needs. */
export async function rectificationDeadlineRows(tx: Executor) {
  return tx
    .select({
      id: rectifications.id,
      finding: rectifications.finding,
      deadline: rectifications.deadline,
      status: rectifications.status,
      unitId: rectifications.unitId,
      createdAt: rectifications.createdAt,
      verifiedAt: rectifications.verifiedAt,
    })
    .from(rectifications);
}

/** Every instruction with its task's scope and the day of its first answer (null: not answered). */
export async function instructionDeadlineRows(tx: Executor) {
  const firstReplies = tx
    .select({
      instructionId: instructionReplies.instructionId,
      // The Shanghai day of the first answer, as text: the same on PGlite and PostgreSQL.
      firstOn:
        sql<string>`min((${instructionReplies.createdAt} AT TIME ZONE 'Asia/Shanghai')::date)::text`.as(
          'first_on',
        ),
    })
    .from(instructionReplies)
    .groupBy(instructionReplies.instructionId)
    .as('first_replies');
  return tx
    .select({
      id: instructions.id,
      text: instructions.text,
      taskId: instructions.taskId,
      leaderName: users.displayName,
      createdAt: instructions.createdAt,
      dueDate: instructions.dueDate,
      firstAnsweredOn: firstReplies.firstOn,
      taskCode: tasks.code,
      taskTitle: tasks.title,
      taskStatus: tasks.status,
      leadUnitId: tasks.leadUnitId,
      coUnitIds: tasks.coUnitIds,
    })
    .from(instructions)
    .innerJoin(tasks, eq(tasks.id, instructions.taskId))
    .leftJoin(users, eq(users.id, instructions.leaderId))
    .leftJoin(firstReplies, eq(firstReplies.instructionId, instructions.id))
    .orderBy(instructions.dueDate, instructions.createdAt);
}

/** Names of the given units. */
export async function unitNamesOf(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((u) => [u.id, u.name]));
}
