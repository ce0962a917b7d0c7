import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Whoever reads tasks may ask for a task's sub-tasks; which ones they see is the use case's business. */
export function canReadSubtasks(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read');
}

/** Unit people split tasks and move the sub-tasks given to them; the ability rules say which. */
export function canWriteSubtasks(actor: Actor): boolean {
  return hasPermission(actor.roles, 'subtasks:write');
}
