import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { canSeeAllTasks, canSeeTask } from '../tasks/tasks.policy';
import { findTask, type TaskRow } from '../tasks/tasks.repository';
import { givenTo, hasSubtaskGivenTo, madeByOrGivenTo, type SubtaskScope } from './subtasks.repository';

/**
 * The task whose sub-tasks the caller asks about, and which of them the caller sees: the office and leaders
 * all; a unit of the task those it made (and any given to its people); a section or person only those given
 * to it. Anyone else — and anyone for a draft — gets 404.
 */
export async function taskForSubtasks(
  tx: Executor,
  ctx: AuthedContext,
  taskId: string,
): Promise<{ task: TaskRow; scope: SubtaskScope }> {
  const { actor } = ctx;
  const task = await findTask(tx, taskId);
  if (!task || task.status === 'draft') throw notFound();
  if (canSeeAllTasks(actor)) return { task, scope: undefined };
  if (canSeeTask(actor, task) && actor.unitId)
    return { task, scope: madeByOrGivenTo(actor.unitId, actor.userId) };
  if (await hasSubtaskGivenTo(tx, taskId, actor.unitId, actor.userId))
    return { task, scope: givenTo(actor.unitId, actor.userId) };
  throw notFound();
}

/** Whether a sub-task given to the caller (its section or itself) lets it read a task it otherwise may not. */
export async function seesTaskThroughSubtask(
  tx: Executor,
  ctx: AuthedContext,
  task: { id: string; status: string },
): Promise<boolean> {
  if (task.status === 'draft') return false;
  return hasSubtaskGivenTo(tx, task.id, ctx.actor.unitId, ctx.actor.userId);
}
