import { z } from 'zod';
import { formatWan } from '../../../domain/money';
import {
  byStreet,
  byType,
  countLights,
  investmentBy,
  investmentByMonth,
  investmentTotal,
} from '../../../domain/project-rollup';
import type { QuarterlyProjects } from '../../../domain/quarterly-projects';
import type { Settings } from '../../../domain/settings';
import type { Executor } from '../../db/client';
import { loadProjectRollup } from '../projects/project-rollup';

const ZGroup = z.object({
  name: z.string(),
  projects: z.number(),
  planToDate: z.string(),
  completed: z.string(),
  rate: z.number(),
});

/** 季度分析's key projects (quarterly-projects.ts in src/domain describes the fields). */
export const ZQuarterlyProjects = z.object({
  year: z.number(),
  asOf: z.string(),
  lights: z.object({ total: z.number(), red: z.number(), yellow: z.number(), green: z.number() }),
  total: z.object({ planToDate: z.string(), completed: z.string(), rate: z.number() }),
  byMonth: z.array(
    z.object({
      month: z.string(),
      plan: z.string(),
      completed: z.string(),
      cumulativePlan: z.string(),
      cumulativeCompleted: z.string(),
    }),
  ),
  byType: z.array(ZGroup),
  byStreet: z.array(ZGroup),
});

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The district's key projects of the quarter's year as of the analysis date: light counts, investment by
 * month from January to the last month begun (plan vs completed), and the year to date by type and street.
 */
export async function computeQuarterlyProjects(
  tx: Executor,
  settings: Settings,
  year: number,
  asOf: string,
): Promise<QuarterlyProjects> {
  const rollup = await loadProjectRollup(tx, null, asOf, settings, year);
  const total = investmentTotal(rollup.projects);
  const groups = (nameOf: typeof byType) =>
    investmentBy(rollup.projects, nameOf).map((g) => ({
      name: g.name,
      projects: g.projects,
      planToDate: formatWan(g.planToDateCents),
      completed: formatWan(g.completedCents),
      rate: g.rate,
    }));
  return {
    year,
    asOf,
    lights: countLights(rollup.projects),
    total: {
      planToDate: formatWan(total.planToDateCents),
      completed: formatWan(total.completedCents),
      rate: total.rate,
    },
    byMonth: investmentByMonth(rollup.projects, year, Number(asOf.slice(5, 7))).map((m) => ({
      month: `${year}-${pad2(m.month)}`,
      plan: formatWan(m.planCents),
      completed: formatWan(m.completedCents),
      cumulativePlan: formatWan(m.cumulativePlanCents),
      cumulativeCompleted: formatWan(m.cumulativeCompletedCents),
    })),
    byType: groups(byType),
    byStreet: groups(byStreet),
  };
}

/** The sentence the analysis opens with about the projects; none when the year has none. */
export function projectsSummary(p: QuarterlyProjects): string[] {
  const l = p.lights;
  if (l.total === 0) return [];
  const lights =
    l.red === 0 && l.yellow === 0
      ? '均按计划推进'
      : [l.red > 0 ? `亮红灯${l.red}个` : '', l.yellow > 0 ? `亮黄灯${l.yellow}个` : '']
          .filter(Boolean)
          .join('、');
  return [
    `重点项目${l.total}个，累计计划投资${p.total.planToDate}万元，完成${p.total.completed}万元，完成率${p.total.rate}%；${lights}。`,
  ];
}
