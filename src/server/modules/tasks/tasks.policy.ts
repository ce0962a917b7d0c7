import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export type { TaskFacts as TaskScope } from '../../../domain/abilities';
import type { TaskFacts as TaskScope } from '../../../domain/abilities';

export function canReadTasks(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read');
}

/** The supervision office and district leaders see the whole ledger, drafts included. */
export function canSeeAllTasks(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read_all');
}

export function canManageTasks(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:manage');
}

/** A unit user sees a published task where the unit leads or cooperates; anything else does not exist for them. */
export function canSeeTask(actor: Actor, task: TaskScope): boolean {
  if (canSeeAllTasks(actor)) return true;
  if (!canReadTasks(actor) || !actor.unitId || task.status === 'draft') return false;
  return task.leadUnitId === actor.unitId || task.coUnitIds.includes(actor.unitId);
}

/** The lead unit and the abilities live in the domain (domain/abilities/task.ts); re-exported for the use cases. */
export { isLeadUnitUser, taskAbilities, taskVerdicts } from '../../../domain/abilities';

/** District leaders are listed to whoever may pick a task's lead leader. */
export function canListLeaders(actor: Actor): boolean {
  return hasPermission(actor.roles, 'leaders:read');
}

/** The supervision office suspends, resumes or cancels a task. */
export function canChangeTaskStatus(actor: Actor): boolean {
  return hasPermission(actor.roles, 'reports:review');
}
