/**
 * The facts the board, the public page and the sheets show of each project, loaded in one transaction:
 * street office, leaders, nodes (late as of the day), this year's completed investment and progress, and
 * the light by the same rule as everywhere (domain/project-lights.ts, the tenant's thresholds).
 */
import { formatWan, parseWan, percentOf } from '../../../domain/money';
import type { BoardProjectFacts } from '../../../domain/project-board';
import type { ProjectStage, ProjectUnitRole } from '../../../domain/vocabulary';
import { isNodeLate, projectLight } from '../../../domain/project-lights';
import type { Executor } from '../../db/client';
import { blockerLightFactsOfProjects } from '../blockers/blocker-light-facts';
import { loadSettings } from '../settings/settings.repository';
import {
  boardProjects,
  leadersOfProjects,
  nodesOfProjects,
  planMonthsOfProjects,
  reportsOfProjects,
  unitsOfProjects,
  type BoardProjectRow,
} from './projects-board.repository';

export interface ProjectFacts extends Omit<BoardProjectFacts, 'stage'> {
  stage: ProjectStage;
  id: string;
  year: number;
  isPublic: boolean;
  carryOver: string;
  planToDate: string;
  lightReasons: string[];
  units: Array<{ unitId: string; role: ProjectUnitRole; unitName: string }>;
  leaderIds: string[];
  contactUserId: string | null;
  contactName: string | null;
  contactPhone: string | null;
  /** The plan and the completed (approved or submitted) amounts of `year` by month, 1–12, in cents. */
  monthlyPlanCents: number[];
  monthlyDoneCents: number[];
}

function groupBy<T extends { projectId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.projectId);
    if (list) list.push(r);
    else map.set(r.projectId, [r]);
  }
  return map;
}

/** Facts of the projects in scope (public only, some ids, or all), in code order, as of `asOf`. */
export async function loadBoardFacts(
  tx: Executor,
  tenantId: string,
  scope: { publicOnly?: boolean; ids?: string[] },
  asOf: string,
): Promise<ProjectFacts[]> {
  const rows = await boardProjects(tx, scope);
  const ids = rows.map((r) => r.id);
  // One after another: they share one connection, where node-postgres would only queue them (and pg 9 refuses
  // a query sent while another runs).
  const settings = await loadSettings(tx, tenantId);
  const unitRows = await unitsOfProjects(tx, ids);
  const leaderRows = await leadersOfProjects(tx, ids);
  const nodeRows = await nodesOfProjects(tx, ids);
  const planRows = await planMonthsOfProjects(tx, ids);
  const reportRows = await reportsOfProjects(tx, ids);
  const thresholds = {
    yellowBehindPct: settings['projects.lights.yellowBehindPct'],
    redBehindPct: settings['projects.lights.redBehindPct'],
    reportDay: settings['projects.reportDay'],
    blockerLightAfterDays: settings['blockers.lightAfterDays'],
  };
  const blockersBy = await blockerLightFactsOfProjects(tx, ids);
  const unitsBy = groupBy(unitRows);
  const leadersBy = groupBy(leaderRows);
  const nodesBy = groupBy(nodeRows);
  const plansBy = groupBy(planRows);
  const reportsBy = groupBy(reportRows);
  return rows.map((p: BoardProjectRow) => {
    const nodes = nodesBy.get(p.id) ?? [];
    const plan = (plansBy.get(p.id) ?? []).filter((m) => m.year === p.year);
    const reports = (reportsBy.get(p.id) ?? []).map((r) => ({ ...r, cents: parseWan(r.amount) }));
    const result = projectLight(
      {
        stage: p.stage,
        year: p.year,
        plannedStart: p.plannedStart,
        monthlyPlan: plan.map((m) => ({ month: m.month, cents: parseWan(m.amount) })),
        reports,
        nodes,
        blockers: blockersBy.get(p.id) ?? [],
      },
      asOf,
      thresholds,
    );
    const monthlyPlanCents = Array.from({ length: 12 }, () => 0);
    for (const m of plan) monthlyPlanCents[m.month - 1] = parseWan(m.amount);
    const monthlyDoneCents = Array.from({ length: 12 }, () => 0);
    for (const r of reports)
      if (r.year === p.year && r.status !== 'returned')
        monthlyDoneCents[r.month - 1] = (monthlyDoneCents[r.month - 1] ?? 0) + r.cents;
    const units = (unitsBy.get(p.id) ?? []).map((u) => ({
      unitId: u.unitId,
      role: u.role,
      unitName: u.unitName,
    }));
    const leaders = leadersBy.get(p.id) ?? [];
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      type: p.type,
      source: p.source,
      stage: p.stage,
      year: p.year,
      isPublic: p.isPublic,
      address: p.address,
      ownerEnterprise: p.ownerEnterprise,
      street: units.find((u) => u.role === 'street')?.unitName ?? null,
      units,
      leaders: leaders.map((l) => l.name),
      leaderIds: leaders.map((l) => l.userId),
      contactUserId: p.contactUserId,
      contactName: p.contactName,
      contactPhone: p.contactPhone,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      totalInvestment: p.totalInvestment,
      annualPlan: p.annualPlan,
      carryOver: p.carryOver,
      completedThisYear: formatWan(result.completedCents),
      planToDate: formatWan(result.planToDateCents),
      progressPct: percentOf(result.completedCents, parseWan(p.annualPlan)),
      light: result.light,
      lightReasons: result.reasons,
      monthlyPlanCents,
      monthlyDoneCents,
      nodes: nodes.map((n) => ({
        name: n.name,
        kind: n.kind,
        plannedStart: n.plannedStart,
        plannedEnd: n.plannedEnd,
        baselineStart: n.baselineStart,
        baselineEnd: n.baselineEnd,
        actualStart: n.actualStart,
        actualEnd: n.actualEnd,
        late: isNodeLate(n, asOf),
      })),
    };
  });
}
