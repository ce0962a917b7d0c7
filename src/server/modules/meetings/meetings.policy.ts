import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** The office and district leaders read the weekly meetings, their agendas, decisions and minutes. */
export function canReadMeetings(actor: Actor): boolean {
  return hasPermission(actor.roles, 'meetings:read');
}

/** The office (督查室) prepares the meetings, records the decisions and writes the minutes. */
export function canManageMeetings(actor: Actor): boolean {
  return hasPermission(actor.roles, 'meetings:manage');
}
