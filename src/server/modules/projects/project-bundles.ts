/**
 * Loads what the presenters and the lights need of some projects — relations, the year's plan and reports,
 * node ends — in a fixed number of queries, and computes each project's light as of a date (on request: the
 * light of a project is never stored; 200 projects cost a handful of queries).
 */
import { parseWan } from '../../../domain/money';
import {
  projectLight,
  type ProjectLightFacts,
  type ProjectLightResult,
  type ProjectLightThresholds,
} from '../../../domain/project-lights';
import type { Settings } from '../../../domain/settings';
import type { Executor } from '../../db/client';
import { blockerLightFactsOfProjects } from '../blockers/blocker-light-facts';
import type { ProjectFacts } from './projects.policy';
import {
  groupBy,
  loadProjectRelations,
  nodeEndsOfProjects,
  projectsWithReports,
  type LoadedRelations,
  type ProjectRow,
} from './projects.repository';

export interface ProjectBundle {
  row: ProjectRow;
  leaders: Array<{ userId: string; name: string }>;
  units: Array<{ unitId: string; unitName: string; role: ProjectFacts['units'][number]['role'] }>;
  taskIds: string[];
  targets: Array<{ id: string; indicator: string; unit: string; targetValue: number | null }>;
  planMonths: Array<{ month: number; amount: string }>;
  hasReports: boolean;
  lightFacts: ProjectLightFacts;
  light: ProjectLightResult;
}

export function thresholdsOf(settings: Settings): ProjectLightThresholds {
  return {
    yellowBehindPct: settings['projects.lights.yellowBehindPct'],
    redBehindPct: settings['projects.lights.redBehindPct'],
    reportDay: settings['projects.reportDay'],
    blockerLightAfterDays: settings['blockers.lightAfterDays'],
  };
}

export async function loadProjectBundles(
  tx: Executor,
  rows: ProjectRow[],
  asOf: string,
  settings: Settings,
): Promise<ProjectBundle[]> {
  const ids = rows.map((r) => r.id);
  const rel: LoadedRelations = await loadProjectRelations(tx, rows);
  const nodeEnds = groupBy(await nodeEndsOfProjects(tx, ids));
  const withReports = await projectsWithReports(tx, ids);
  const thresholds = thresholdsOf(settings);
  const blockersBy = await blockerLightFactsOfProjects(tx, ids);
  return rows.map((row) => {
    const planMonths = rel.planMonths.get(row.id) ?? [];
    const lightFacts: ProjectLightFacts = {
      stage: row.stage,
      year: row.year,
      plannedStart: row.plannedStart,
      monthlyPlan: planMonths.map((m) => ({ month: m.month, cents: parseWan(m.amount) })),
      reports: (rel.reports.get(row.id) ?? []).map((r) => ({
        year: r.year,
        month: r.month,
        cents: parseWan(r.amount),
        status: r.status,
      })),
      nodes: (nodeEnds.get(row.id) ?? []).map((n) => ({ plannedEnd: n.plannedEnd, actualEnd: n.actualEnd })),
      blockers: blockersBy.get(row.id) ?? [],
    };
    return {
      row,
      leaders: (rel.leaders.get(row.id) ?? []).map((l) => ({ userId: l.userId, name: l.name })),
      units: (rel.units.get(row.id) ?? []).map((u) => ({
        unitId: u.unitId,
        unitName: u.unitName,
        role: u.role,
      })),
      taskIds: rel.taskIds.get(row.id) ?? [],
      targets: (rel.targets.get(row.id) ?? []).map((t) => ({
        id: t.id,
        indicator: t.indicator,
        unit: t.unit,
        targetValue: t.targetValue,
      })),
      planMonths: planMonths.map((m) => ({ month: m.month, amount: m.amount })),
      hasReports: withReports.has(row.id),
      lightFacts,
      light: projectLight(lightFacts, asOf, thresholds),
    };
  });
}

/** What the ability rules need of a loaded project. */
export function factsOf(
  bundle: Pick<ProjectBundle, 'row' | 'units' | 'leaders' | 'hasReports'>,
): ProjectFacts {
  return {
    stage: bundle.row.stage,
    units: bundle.units,
    leaderIds: bundle.leaders.map((l) => l.userId),
    contactUserId: bundle.row.contactUserId,
    hasReports: bundle.hasReports,
  };
}
