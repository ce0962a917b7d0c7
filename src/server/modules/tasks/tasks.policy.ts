import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export interface TaskScope {
  status: string;
  leadUnitId: string | null;
  coUnitIds: string[];
}

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

/** The unit that leads the task (牵头单位) acts on it; cooperating units only see it. */
export function isLeadUnitUser(actor: Actor, task: TaskScope): boolean {
  return actor.unitId !== null && task.leadUnitId === actor.unitId && actor.roles.some((r) => r === 'unit_head' || r === 'unit_operator');
}

/** Every action on a task the actor may take in its current state (the API sends this with the task). */
export function taskAbilities(actor: Actor, task: TaskScope) {
  const lead = isLeadUnitUser(actor, task);
  const manage = canManageTasks(actor);
  const open = task.status !== 'completed' && task.status !== 'cancelled';
  const running = task.status === 'in_progress';
  return {
    edit: manage && open,
    delete: manage && task.status === 'draft',
    accept: lead && task.status === 'published',
    report: lead && running,
    planMilestones: (lead || manage) && open,
    requestExtension: lead && (running || task.status === 'published'),
    requestCompletion: lead && running,
    changeStatus: hasPermission(actor.roles, 'reports:review') && task.status !== 'draft' && open,
    instruct: hasPermission(actor.roles, 'instructions:write') && task.status !== 'draft',
    openCase: hasPermission(actor.roles, 'supervision:manage') && task.status !== 'draft' && open,
  };
}

/** District leaders are listed to whoever may pick a task's lead leader. */
export function canListLeaders(actor: Actor): boolean {
  return hasPermission(actor.roles, 'leaders:read');
}

/** The supervision office suspends, resumes or cancels a task. */
export function canChangeTaskStatus(actor: Actor): boolean {
  return hasPermission(actor.roles, 'reports:review');
}
