/**
 * The projects of a plan year that a caller sees, loaded once for the sums of the cockpit, the monthly
 * bulletin and the quarterly analysis (src/domain/project-rollup.ts): each with its light as of a date and
 * the nodes that lag. The same computation as the project list and /projects/lights (project-bundles.ts).
 */
import { isNodeLate } from '../../../domain/project-lights';
import { daysBetween, type RollupProject } from '../../../domain/project-rollup';
import type { Settings } from '../../../domain/settings';
import type { Executor } from '../../db/client';
import { loadProjectBundles } from './project-bundles';
import { listProjectRows, nodesOfProjects, type ProjectScope } from './projects.repository';

/** A node past its planned end without an actual end (滞后节点), in a project whose light says so. */
export interface LateNode {
  projectId: string;
  projectCode: string;
  projectName: string;
  name: string;
  unitName: string | null;
  plannedEnd: string;
  daysLate: number;
}

export interface ProjectRollup {
  year: number;
  asOf: string;
  projects: RollupProject[];
  /** Most days late first. */
  lateNodes: LateNode[];
}

/** The projects of `year` (default: asOf's year) visible to `scope`, lit as of `asOf`. */
export async function loadProjectRollup(
  tx: Executor,
  scope: ProjectScope,
  asOf: string,
  settings: Settings,
  year: number = Number(asOf.slice(0, 4)),
): Promise<ProjectRollup> {
  const rows = await listProjectRows(tx, scope, { year });
  const bundles = await loadProjectBundles(tx, rows, asOf, settings);
  const projects: RollupProject[] = bundles.map((b) => ({
    id: b.row.id,
    code: b.row.code,
    name: b.row.name,
    type: b.row.type,
    streetName: b.units.find((u) => u.role === 'street')?.unitName ?? null,
    year: b.row.year,
    light: b.light.light,
    reasons: b.light.reasons,
    planToDateCents: b.light.planToDateCents,
    completedCents: b.light.completedCents,
    monthlyPlan: b.lightFacts.monthlyPlan,
    reports: b.lightFacts.reports,
  }));
  // The nodes of the projects the light calls late (a suspended project's old nodes are not named).
  const lagging = new Map(projects.filter((p) => p.reasons.includes('node_overdue')).map((p) => [p.id, p]));
  const nodes = await nodesOfProjects(tx, [...lagging.keys()]);
  const lateNodes = nodes
    .filter((n) => isNodeLate(n, asOf))
    .map((n) => {
      const p = lagging.get(n.projectId) as RollupProject;
      return {
        projectId: p.id,
        projectCode: p.code,
        projectName: p.name,
        name: n.name,
        unitName: n.unitName,
        plannedEnd: n.plannedEnd,
        daysLate: daysBetween(n.plannedEnd, asOf),
      };
    })
    .sort((a, b) => b.daysLate - a.daysLate || a.projectCode.localeCompare(b.projectCode));
  return { year, asOf, projects, lateNodes };
}
