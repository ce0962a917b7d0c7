import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import type { SubtaskSheetRow } from '../../documents/subtasks-xlsx';
import { canSeeAllTasks } from '../tasks/tasks.policy';
import { madeByOrGivenTo, namesFor, subtasksOfTasks } from './subtasks.repository';

/**
 * The sub-tasks of the exported ledger's tasks (in the ledger's order), as the caller may see them: the office
 * and leaders all, a unit those it made or was given. Read inside the export's transaction.
 */
export async function subtaskSheetRows(
  tx: Executor,
  ctx: AuthedContext,
  taskIds: string[],
): Promise<SubtaskSheetRow[]> {
  const { actor } = ctx;
  // A unit role always has a unit; without one only what is given to the person matches.
  const scope = canSeeAllTasks(actor)
    ? undefined
    : madeByOrGivenTo(actor.unitId ?? actor.userId, actor.userId);
  const rows = await subtasksOfTasks(tx, taskIds, scope);
  const order = new Map(taskIds.map((id, i) => [id, i]));
  rows.sort((a, b) => (order.get(a.sub.taskId) ?? 0) - (order.get(b.sub.taskId) ?? 0));
  const unitIds = rows.flatMap(({ sub }) => (sub.sectionId ? [sub.unitId, sub.sectionId] : [sub.unitId]));
  const userIds = rows.flatMap(({ sub }) => (sub.assigneeId ? [sub.assigneeId] : []));
  const names = await namesFor(tx, [...new Set(unitIds)], [...new Set(userIds)]);
  return rows.map(({ sub, task }) => ({
    taskCode: task.code,
    taskTitle: task.title,
    unitName: names.units.get(sub.unitId) ?? '',
    sectionName: sub.sectionId ? (names.units.get(sub.sectionId) ?? '') : '',
    assigneeName: sub.assigneeId ? (names.users.get(sub.assigneeId) ?? '') : '',
    title: sub.title,
    startDate: sub.startDate,
    dueDate: sub.dueDate,
    progress: sub.progress,
    status: sub.status,
    note: sub.note,
  }));
}
