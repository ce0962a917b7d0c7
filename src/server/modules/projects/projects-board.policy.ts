import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** The office chooses what is public, prints the poster and imports the ledger (项目台账). */
export function canManageBoard(actor: Actor): boolean {
  return hasPermission(actor.roles, 'projects:manage');
}

/** Who may export the project list: whoever may list projects (each sees only the projects they may see). */
export function canExportProjects(actor: Actor): boolean {
  return hasPermission(actor.roles, 'projects:read');
}

/** The monthly investment table covers the whole district: the office and district leaders. */
export function canExportInvestment(actor: Actor): boolean {
  return hasPermission(actor.roles, 'projects:read_all');
}
