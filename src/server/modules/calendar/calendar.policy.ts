import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Everyone who works with deadlines reads the calendar. */
export function canReadCalendar(actor: Actor): boolean {
  return hasPermission(actor.roles, 'calendar:read');
}

/** The supervision office keeps the district's holidays and 调休 days. */
export function canManageCalendar(actor: Actor): boolean {
  return hasPermission(actor.roles, 'calendar:manage');
}
