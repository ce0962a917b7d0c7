import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';
import type { ProjectScope } from './projects.repository';

export {
  canSeeProject,
  projectAbilities,
  projectReportAbilities,
  projectReportVerdicts,
  projectVerdicts,
  type ProjectFacts,
} from '../../../domain/abilities';

/** The office, district leaders and unit users read projects (units only theirs: see canSeeProject). */
export function canReadProjects(actor: Actor): boolean {
  return hasPermission(actor.roles, 'projects:read');
}

/** The office and district leaders see every project of the district. */
export function canSeeAllProjects(actor: Actor): boolean {
  return hasPermission(actor.roles, 'projects:read_all');
}

/** The office registers and plans projects and reviews their reports. */
export function canManageProjects(actor: Actor): boolean {
  return hasPermission(actor.roles, 'projects:manage');
}

/** Users of a unit report the months of projects their unit pushes forward (主体推进). */
export function canReportProjects(actor: Actor): boolean {
  return hasPermission(actor.roles, 'projects:report');
}

/** The reporters and the office upload photos. */
export function canUploadProjectPhotos(actor: Actor): boolean {
  return canManageProjects(actor) || canReportProjects(actor);
}

/** The list filter for what the actor sees: null for everything. */
export function projectScopeOf(actor: Actor): ProjectScope {
  return canSeeAllProjects(actor) ? null : { userId: actor.userId, unitId: actor.unitId };
}
