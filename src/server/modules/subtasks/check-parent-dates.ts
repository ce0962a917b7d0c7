import { subtasksOutsideParent } from '../../../domain/subtasks';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { subtasksOfTask } from './subtasks.repository';

/**
 * A task's dates change (an edit, a batch edit, an extension): refused with 422 `SUBTASK_OUTSIDE_PARENT` when
 * the new dates would leave a live sub-task outside them, listing those sub-tasks (the unit moves them first)
 * and naming the task's date field; nothing changes. Unchanged dates need no look.
 */
export async function assertSubtasksInsideDates(
  tx: Executor,
  taskId: string,
  before: { startDate: string | null; dueDate: string | null },
  after: { startDate: string | null; dueDate: string | null },
): Promise<void> {
  if (before.startDate === after.startDate && before.dueDate === after.dueDate) return;
  const outside = subtasksOutsideParent(after, await subtasksOfTask(tx, taskId));
  if (outside.length === 0) return;
  const field = outside.some((o) => o.problem.problem === 'before_parent_start') ? 'startDate' : 'dueDate';
  throw new AppError('SUBTASK_OUTSIDE_PARENT', {
    details: {
      reason: 'subtask_outside_parent',
      fields: [{ path: field, message: `${outside.length} 个子任务将超出任务起止时间，请先调整` }],
      subtasks: outside.map(({ sub, problem }) => ({
        id: sub.id,
        title: sub.title,
        unitId: sub.unitId,
        startDate: sub.startDate,
        dueDate: sub.dueDate,
        problem: problem.problem,
      })),
    },
  });
}
