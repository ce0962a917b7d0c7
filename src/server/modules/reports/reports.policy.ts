import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export function canReviewReports(actor: Actor): boolean {
  return hasPermission(actor.roles, 'reports:review');
}

/** The unit head signs off the unit's report (when the setting requires it). */
export function canSignReport(actor: Actor, report: { unitId: string }): boolean {
  return actor.unitId === report.unitId && actor.roles.includes('unit_head');
}
