import { hasPermission } from '../permissions';
import { reportingStages } from '../projects';
import type { ProjectReportStatus, ProjectStage, ProjectUnitRole } from '../vocabulary';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** What the project rules need of a project. */
export interface ProjectFacts {
  stage: ProjectStage;
  units: ReadonlyArray<{ unitId: string; role: ProjectUnitRole }>;
  leaderIds: readonly string[];
  contactUserId: string | null;
  hasReports: boolean;
}

/**
 * Who sees a project: the office and district leaders (`projects:read_all`) every project; a unit user the
 * projects their unit holds a role in (street, command post, guide); a contracting leader and the contact user
 * their own. Anyone else is answered 404.
 */
export function canSeeProject(actor: AbilityActor, project: ProjectFacts): boolean {
  if (hasPermission(actor.roles, 'projects:read_all')) return true;
  if (project.leaderIds.includes(actor.userId) || project.contactUserId === actor.userId) return true;
  return (
    hasPermission(actor.roles, 'projects:read') &&
    actor.unitId !== null &&
    project.units.some((u) => u.unitId === actor.unitId)
  );
}

/** A user of the street office (主体推进) or the project's contact user: those who report the month. */
export function isProjectReporter(actor: AbilityActor, project: ProjectFacts): boolean {
  if (project.contactUserId !== null && project.contactUserId === actor.userId) return true;
  const streets = project.units.filter((u) => u.role === 'street').map((u) => u.unitId);
  return hasPermission(actor.roles, 'projects:report') && isUnitUserOf(actor, streets);
}

/** The actions of `projectVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const projectAbilityKeys = [
  'update',
  'report',
  'review',
  'planNodes',
  'replan',
  'baseline',
  'publish',
  'delete',
] as const;

/** Every action on a project and why it is refused. */
export function projectVerdicts(actor: AbilityActor, project: ProjectFacts) {
  const office = hasPermission(actor.roles, 'projects:manage');
  const live = project.stage !== 'terminated';
  return {
    update: verdict(office),
    report: verdict(isProjectReporter(actor, project), reportingStages.has(project.stage)),
    review: verdict(office),
    planNodes: verdict(office, live),
    replan: verdict(office, live),
    baseline: verdict(office, live),
    publish: verdict(office),
    delete: verdict(office, project.stage === 'planning' && !project.hasReports),
  } satisfies Record<(typeof projectAbilityKeys)[number], Verdict>;
}
export type ProjectAbilities = Record<keyof ReturnType<typeof projectVerdicts>, boolean>;

export function projectAbilities(actor: AbilityActor, project: ProjectFacts): ProjectAbilities {
  return toAbilities(projectVerdicts(actor, project));
}

/** The actions of `projectReportVerdicts`. */
export const projectReportAbilityKeys = ['review', 'correct'] as const;

/** A monthly report: the office reviews one awaiting review; the reporters correct one not yet approved. */
export function projectReportVerdicts(
  actor: AbilityActor,
  report: { status: ProjectReportStatus },
  project: ProjectFacts,
) {
  return {
    review: verdict(hasPermission(actor.roles, 'projects:manage'), report.status === 'submitted'),
    correct: verdict(
      isProjectReporter(actor, project),
      report.status !== 'approved' && reportingStages.has(project.stage),
    ),
  } satisfies Record<(typeof projectReportAbilityKeys)[number], Verdict>;
}
export type ProjectReportAbilities = Record<keyof ReturnType<typeof projectReportVerdicts>, boolean>;

export function projectReportAbilities(
  actor: AbilityActor,
  report: { status: ProjectReportStatus },
  project: ProjectFacts,
): ProjectReportAbilities {
  return toAbilities(projectReportVerdicts(actor, report, project));
}
