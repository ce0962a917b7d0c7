import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** The cockpit and the quarterly analysis are district-wide: only who sees the whole ledger reads them. */
export function canReadDistrictAnalysis(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read_all');
}
