/**
 * 一级抓一级 (issue #15): a unit splits a task it leads or cooperates on into sub-tasks for its sections (科室)
 * and people. Pure rules: dates inside the parent's, the roll-up suggestion, and who may do what.
 */
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './abilities/verdict';
import { hasPermission } from './permissions';
import type { SubtaskStatus } from './vocabulary';
import type { TaskStatus } from './workflow';

/** A task can be split while it is being worked on; sub-tasks move while it is not closed or on hold. */
const splittableTaskStatuses: readonly TaskStatus[] = ['published', 'in_progress'];
const movingTaskStatuses: readonly TaskStatus[] = ['published', 'in_progress', 'completion_requested'];

export interface DateProblem {
  field: 'startDate' | 'dueDate';
  problem: 'before_parent_start' | 'after_parent_due' | 'start_after_due';
}

/**
 * Whether a sub-task's dates lie inside its parent task's (dates are YYYY-MM-DD, so text order is date order);
 * the first problem found, or null. A parent without a start date bounds only the due date.
 */
export function subtaskDatesProblem(
  parent: { startDate: string | null; dueDate: string | null },
  sub: { startDate: string | null; dueDate: string },
): DateProblem | null {
  if (sub.startDate !== null) {
    if (parent.startDate !== null && sub.startDate < parent.startDate)
      return { field: 'startDate', problem: 'before_parent_start' };
    if (parent.dueDate !== null && sub.startDate > parent.dueDate)
      return { field: 'startDate', problem: 'after_parent_due' };
    if (sub.startDate > sub.dueDate) return { field: 'dueDate', problem: 'start_after_due' };
  }
  if (parent.startDate !== null && sub.dueDate < parent.startDate)
    return { field: 'dueDate', problem: 'before_parent_start' };
  if (parent.dueDate !== null && sub.dueDate > parent.dueDate)
    return { field: 'dueDate', problem: 'after_parent_due' };
  return null;
}

/**
 * The live (open) sub-tasks that new dates of their parent would leave outside it, each with its first problem:
 * the parent's date change is refused while any is listed (the unit moves them first). Done ones stay as they were.
 */
export function subtasksOutsideParent<
  S extends { status: SubtaskStatus; startDate: string | null; dueDate: string },
>(
  parent: { startDate: string | null; dueDate: string | null },
  subs: readonly S[],
): Array<{ sub: S; problem: DateProblem }> {
  return subs.flatMap((sub) => {
    if (sub.status !== 'open') return [];
    const problem = subtaskDatesProblem(parent, sub);
    return problem ? [{ sub, problem }] : [];
  });
}

/**
 * The progress the sub-tasks suggest for their parent: the weighted mean of their progress (a done sub-task
 * counts 100), rounded to a whole percent; null when there are none. The unit accepts it or not when it reports.
 */
export function rollUpProgress(
  subs: ReadonlyArray<{ progress: number; weight: number; status: SubtaskStatus }>,
): number | null {
  let total = 0;
  let weights = 0;
  for (const s of subs) {
    total += (s.status === 'done' ? 100 : s.progress) * s.weight;
    weights += s.weight;
  }
  return weights === 0 ? null : Math.round(total / weights);
}

export const subtasksAbilityKeys = ['create', 'setResponsible'] as const;
export const subtaskAbilityKeys = ['edit', 'delete', 'progress'] as const;

/**
 * The task's sub-tasks as a whole: a unit person of the lead unit or a co-unit splits it while it is worked on;
 * the lead unit's people name its responsible account (责任人) then too.
 */
export function subtasksVerdicts(
  actor: AbilityActor,
  task: { leadUnitId: string | null; coUnitIds: readonly string[]; status: TaskStatus },
) {
  const units = [...(task.leadUnitId ? [task.leadUnitId] : []), ...task.coUnitIds];
  return {
    create: verdict(
      hasPermission(actor.roles, 'subtasks:write') && isUnitUserOf(actor, units),
      splittableTaskStatuses.includes(task.status),
    ),
    setResponsible: verdict(
      hasPermission(actor.roles, 'subtasks:write') &&
        task.leadUnitId !== null &&
        isUnitUserOf(actor, [task.leadUnitId]),
      splittableTaskStatuses.includes(task.status),
    ),
  } satisfies Record<(typeof subtasksAbilityKeys)[number], Verdict>;
}

/**
 * One sub-task: the unit that made it edits and deletes it; progress, note and done come from the unit, the
 * section's people or the assignee — all only while the parent task is not closed or on hold.
 */
export function subtaskVerdicts(
  actor: AbilityActor,
  sub: { unitId: string; sectionId: string | null; assigneeId: string | null },
  taskStatus: TaskStatus,
) {
  const writer = hasPermission(actor.roles, 'subtasks:write');
  const ofUnit = writer && isUnitUserOf(actor, [sub.unitId]);
  const given =
    writer &&
    ((sub.sectionId !== null && isUnitUserOf(actor, [sub.sectionId])) || sub.assigneeId === actor.userId);
  const moving = movingTaskStatuses.includes(taskStatus);
  return {
    edit: verdict(ofUnit, moving),
    delete: verdict(ofUnit, moving),
    progress: verdict(ofUnit || given, moving),
  } satisfies Record<(typeof subtaskAbilityKeys)[number], Verdict>;
}

export function subtaskAbilities(
  actor: AbilityActor,
  sub: { unitId: string; sectionId: string | null; assigneeId: string | null },
  taskStatus: TaskStatus,
) {
  return toAbilities(subtaskVerdicts(actor, sub, taskStatus));
}
