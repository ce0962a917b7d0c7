import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export function canReviewReports(actor: Actor): boolean {
  return hasPermission(actor.roles, 'reports:review');
}

export { reportAbilities, reportVerdicts } from '../../../domain/abilities';
