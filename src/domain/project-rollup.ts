/**
 * The key projects summed up for the cockpit, the monthly bulletin and the quarterly analysis (issue #13,
 * "Lights"): light counts, investment completed vs plan per type, per street and per month. Pure: the caller
 * loads each project's plan, reports and light (src/domain/project-lights.ts). Money stays in integer cents
 * of 万元 (src/domain/money.ts) until it is formatted; a rate is completed / plan rounded down to a percent.
 *
 * "Completed" counts as the lights count it: a month's report approved or submitted, not one returned.
 */
import { percentOf } from './money';
import type { Light, ProjectLightReason, ProjectReportStatus } from './vocabulary';

/** One project as the sums see it. */
export interface RollupProject {
  id: string;
  code: string;
  name: string;
  type: string;
  /** The street office that pushes it forward (主体推进), the first one named; null when none is. */
  streetName: string | null;
  /** The plan year. */
  year: number;
  light: Light;
  reasons: ProjectLightReason[];
  /** Plan to date and completed in the plan year, as the light computed them. */
  planToDateCents: number;
  completedCents: number;
  monthlyPlan: ReadonlyArray<{ month: number; cents: number }>;
  reports: ReadonlyArray<{ year: number; month: number; cents: number; status: ProjectReportStatus }>;
}

export interface LightCounts {
  total: number;
  red: number;
  yellow: number;
  green: number;
}

/** Projects without a street office are grouped under this name. */
export const NO_STREET = '未明确街道';

/** How many projects carry each light. */
export function countLights(projects: readonly Pick<RollupProject, 'light'>[]): LightCounts {
  const counts: LightCounts = { total: 0, red: 0, yellow: 0, green: 0 };
  for (const p of projects) {
    counts.total++;
    counts[p.light]++;
  }
  return counts;
}

/** The plan of one month of the plan year, in cents. */
export function monthPlanCents(p: Pick<RollupProject, 'monthlyPlan'>, month: number): number {
  let cents = 0;
  for (const m of p.monthlyPlan) if (m.month === month) cents += m.cents;
  return cents;
}

/** What the reports of one month say was completed (approved or submitted), in cents. */
export function monthCompletedCents(p: Pick<RollupProject, 'reports'>, year: number, month: number): number {
  let cents = 0;
  for (const r of p.reports)
    if (r.year === year && r.month === month && r.status !== 'returned') cents += r.cents;
  return cents;
}

/** A group's investment: the plan to date and completed, and those of one month when asked. */
export interface InvestmentGroup {
  name: string;
  projects: number;
  planToDateCents: number;
  completedCents: number;
  /** completed / plan to date, whole percent rounded down (0 without a plan). */
  rate: number;
  monthPlanCents: number;
  monthCompletedCents: number;
}

/**
 * Investment per group (type, street…), largest plan first then by name. `month` (1–12 of the plan year)
 * adds that month's plan and completed figures; without it they are 0.
 */
export function investmentBy(
  projects: readonly RollupProject[],
  nameOf: (p: RollupProject) => string,
  month?: number,
): InvestmentGroup[] {
  const groups = new Map<string, InvestmentGroup>();
  for (const p of projects) {
    const name = nameOf(p);
    const g = groups.get(name) ?? {
      name,
      projects: 0,
      planToDateCents: 0,
      completedCents: 0,
      rate: 0,
      monthPlanCents: 0,
      monthCompletedCents: 0,
    };
    g.projects++;
    g.planToDateCents += p.planToDateCents;
    g.completedCents += p.completedCents;
    if (month !== undefined) {
      g.monthPlanCents += monthPlanCents(p, month);
      g.monthCompletedCents += monthCompletedCents(p, p.year, month);
    }
    groups.set(name, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, rate: percentOf(g.completedCents, g.planToDateCents) }))
    .sort((a, b) => b.planToDateCents - a.planToDateCents || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}

/** The totals of some groups (or projects): plan to date, completed, rate. */
export function investmentTotal(
  projects: readonly Pick<RollupProject, 'planToDateCents' | 'completedCents'>[],
): {
  planToDateCents: number;
  completedCents: number;
  rate: number;
} {
  let plan = 0;
  let done = 0;
  for (const p of projects) {
    plan += p.planToDateCents;
    done += p.completedCents;
  }
  return { planToDateCents: plan, completedCents: done, rate: percentOf(done, plan) };
}

export const byType = (p: RollupProject): string => p.type;
export const byStreet = (p: RollupProject): string => p.streetName ?? NO_STREET;

/** One month of the plan year: planned, completed, and both summed from January. */
export interface InvestmentMonth {
  month: number;
  planCents: number;
  completedCents: number;
  cumulativePlanCents: number;
  cumulativeCompletedCents: number;
}

/** Months 1..throughMonth of `year`: the plans of the projects of that year and their reports. */
export function investmentByMonth(
  projects: readonly RollupProject[],
  year: number,
  throughMonth: number,
): InvestmentMonth[] {
  const out: InvestmentMonth[] = [];
  let plan = 0;
  let done = 0;
  const ofYear = projects.filter((p) => p.year === year);
  for (let month = 1; month <= throughMonth; month++) {
    let planCents = 0;
    let completedCents = 0;
    for (const p of ofYear) {
      planCents += monthPlanCents(p, month);
      completedCents += monthCompletedCents(p, year, month);
    }
    plan += planCents;
    done += completedCents;
    out.push({ month, planCents, completedCents, cumulativePlanCents: plan, cumulativeCompletedCents: done });
  }
  return out;
}

const LIGHT_ORDER: Record<Light, number> = { red: 0, yellow: 1, green: 2 };

/** Red then yellow projects, by the gap between plan and completed (largest first), then by code. */
export function flaggedProjects<T extends RollupProject>(projects: readonly T[]): T[] {
  return projects
    .filter((p) => p.light !== 'green')
    .sort(
      (a, b) =>
        LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light] ||
        b.planToDateCents - b.completedCents - (a.planToDateCents - a.completedCents) ||
        a.code.localeCompare(b.code),
    );
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
