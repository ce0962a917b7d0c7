import { formatWan } from '../../../domain/money';
import { projectLightReasonLabels } from '../../../domain/project-ledger';
import {
  byStreet,
  byType,
  countLights,
  flaggedProjects,
  investmentBy,
  type InvestmentGroup,
} from '../../../domain/project-rollup';
import type { Settings } from '../../../domain/settings';
import type { Executor } from '../../db/client';
import type { BulletinInvestment, BulletinProjects } from '../../documents/bulletin-projects-docx';
import { loadProjectRollup } from '../projects/project-rollup';

/** Lagging nodes named in the bulletin; the count covers them all. */
export const BULLETIN_LATE_NODES_LIMIT = 30;

function investmentOf(g: Omit<InvestmentGroup, 'name' | 'projects'>): BulletinInvestment {
  return {
    monthPlan: formatWan(g.monthPlanCents),
    monthCompleted: formatWan(g.monthCompletedCents),
    planToDate: formatWan(g.planToDateCents),
    completed: formatWan(g.completedCents),
    rate: g.rate,
  };
}

/**
 * 重点项目 in the monthly bulletin: the district's projects of the month's year as of the month's last day —
 * the month's and the year-to-date investment against plan by type and by street, the red and yellow
 * projects with their reasons, and the lagging nodes. Report statuses are read as they are now (a report
 * returned after the month ended no longer counts), as the project pages show them.
 */
export async function computeBulletinProjects(
  tx: Executor,
  period: string,
  asOf: string,
  settings: Settings,
): Promise<BulletinProjects> {
  const month = Number(period.slice(5, 7));
  const rollup = await loadProjectRollup(tx, null, asOf, settings, Number(period.slice(0, 4)));
  const all = investmentBy(rollup.projects, () => '', month)[0];
  const groups = (nameOf: typeof byType) =>
    investmentBy(rollup.projects, nameOf, month).map((g) => ({
      name: g.name,
      projects: g.projects,
      ...investmentOf(g),
    }));
  const zero = { monthPlanCents: 0, monthCompletedCents: 0, planToDateCents: 0, completedCents: 0, rate: 0 };
  return {
    period,
    asOf,
    lights: countLights(rollup.projects),
    total: investmentOf(all ?? zero),
    byType: groups(byType),
    byStreet: groups(byStreet),
    flagged: flaggedProjects(rollup.projects).map((p) => ({
      code: p.code,
      name: p.name,
      light: p.light === 'red' ? 'red' : 'yellow',
      streetName: p.streetName,
      reasons: p.reasons.map((r) => projectLightReasonLabels[r] ?? r),
      planToDate: formatWan(p.planToDateCents),
      completed: formatWan(p.completedCents),
    })),
    lateNodeCount: rollup.lateNodes.length,
    lateNodes: rollup.lateNodes.slice(0, BULLETIN_LATE_NODES_LIMIT).map((n) => ({
      projectCode: n.projectCode,
      projectName: n.projectName,
      name: n.name,
      unitName: n.unitName,
      plannedEnd: n.plannedEnd,
      daysLate: n.daysLate,
    })),
  };
}
