import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** The office and the district's leaders read surveys and their results (满意度测评). */
export function canReadSurveys(actor: Actor): boolean {
  return hasPermission(actor.roles, 'surveys:read');
}

/** The office builds surveys, makes codes, records phone answers and voids answers. */
export function canManageSurveys(actor: Actor): boolean {
  return hasPermission(actor.roles, 'surveys:manage');
}
