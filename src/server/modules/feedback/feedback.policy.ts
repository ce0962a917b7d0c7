import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** The office and the district's leaders read public messages (社情民意). */
export function canReadFeedback(actor: Actor): boolean {
  return hasPermission(actor.roles, 'feedback:read');
}

/** Only the office sees a sender's contact. */
export function canSeeFeedbackContact(actor: Actor): boolean {
  return hasPermission(actor.roles, 'feedback:manage');
}

/** The office decides what becomes of a message: a case, an answer, or closed. */
export function canManageFeedback(actor: Actor): boolean {
  return hasPermission(actor.roles, 'feedback:manage');
}
