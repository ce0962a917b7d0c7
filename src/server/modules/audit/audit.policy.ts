import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Only the audit administrator reads the audit log (三员分立). */
export function canReadAudit(actor: Actor): boolean {
  return hasPermission(actor.roles, 'audit:read');
}
