/**
 * A key project's light (issue #13), beside the task rules of schedule.ts. Pure: the caller loads the facts.
 *
 * - Plan to date: the monthly plan of the project's year for every month before asOf's month, plus asOf's
 *   month prorated by day, counting asOf itself: on day d of a D-day month, ⌊amount × d / D⌋ cents (so on the
 *   last day the whole month counts, on the 1st 1/D of it). Before the project's year the plan to date is 0,
 *   after it the whole year's plan.
 * - Completed: the reports of the project's year that are approved OR submitted (a submitted report counts as
 *   reported until the office returns it; a returned one does not count).
 * - Behind% = (plan − completed) / plan × 100 when plan > 0 (compared exactly, in integers: at exactly the
 *   yellow threshold the project is yellow).
 * - Red: behind% ≥ red threshold, or a node more than 30 days past its planned end without an actual end.
 * - Yellow: behind% ≥ yellow threshold, or any node past its planned end without an actual end, or last
 *   month's report missing (neither submitted nor approved) after the report day of this month (on the
 *   report day itself it is still due, not missing). Last month is checked only when it lies in the
 *   project's year and on or after the project's planned start.
 * - Yellow too: an open or coordinating blocker (堵点) raised more than `blockerLightAfterDays` days before
 *   asOf (reason blocker_open; on day N exactly not yet).
 * - Suspended, terminated, completed and operating projects are green with no reasons.
 */
import { oldestLightBlocker } from './blockers';
import type {
  BlockerStatus,
  Light,
  ProjectLightReason,
  ProjectReportStatus,
  ProjectStage,
} from './vocabulary';

export interface ProjectLightFacts {
  stage: ProjectStage;
  year: number;
  plannedStart: string | null;
  /** The plan of `year` in cents by month (1–12); months left out plan nothing. */
  monthlyPlan: ReadonlyArray<{ month: number; cents: number }>;
  reports: ReadonlyArray<{ year: number; month: number; cents: number; status: ProjectReportStatus }>;
  nodes: ReadonlyArray<{ plannedEnd: string; actualEnd: string | null }>;
  /** 堵点 on the project (issue #14): its status and the day it was raised. */
  blockers?: ReadonlyArray<{ status: BlockerStatus; raisedOn: string }>;
}

export interface ProjectLightThresholds {
  yellowBehindPct: number;
  redBehindPct: number;
  /** Last month's report is due by this day of the month. */
  reportDay: number;
  /** An open blocker older than this many days makes the project yellow (blocker_open). */
  blockerLightAfterDays?: number;
}

export const defaultProjectLightThresholds: ProjectLightThresholds = {
  yellowBehindPct: 10,
  redBehindPct: 20,
  reportDay: 5,
};

export interface ProjectLightResult {
  light: Light;
  reasons: ProjectLightReason[];
  planToDateCents: number;
  completedCents: number;
}

/** A node overdue by more than this many days makes the project red. */
export const nodeRedAfterDays = 30;

const quietStages: ReadonlySet<ProjectStage> = new Set(['suspended', 'terminated', 'completed', 'operating']);

export function projectLight(
  facts: ProjectLightFacts,
  asOf: string,
  thresholds: ProjectLightThresholds,
): ProjectLightResult {
  const planToDateCents = planToDate(facts, asOf);
  const completedCents = completedOf(facts);
  if (quietStages.has(facts.stage)) return { light: 'green', reasons: [], planToDateCents, completedCents };

  const reasons: ProjectLightReason[] = [];
  let red = false;
  if (planToDateCents > 0) {
    const gap100 = (planToDateCents - completedCents) * 100;
    if (gap100 >= thresholds.yellowBehindPct * planToDateCents) reasons.push('investment_behind');
    if (gap100 >= thresholds.redBehindPct * planToDateCents) red = true;
  }
  const today = dayNumber(asOf);
  const overdueDays = facts.nodes
    .filter((n) => n.actualEnd === null && dayNumber(n.plannedEnd) < today)
    .map((n) => today - dayNumber(n.plannedEnd));
  if (overdueDays.length > 0) {
    reasons.push('node_overdue');
    if (overdueDays.some((d) => d > nodeRedAfterDays)) red = true;
  }
  if (isLastMonthReportMissing(facts, asOf, thresholds.reportDay)) reasons.push('no_report');
  if (oldestLightBlocker(facts.blockers ?? [], asOf, thresholds.blockerLightAfterDays ?? 14) !== null)
    reasons.push('blocker_open');
  const light: Light = red ? 'red' : reasons.length > 0 ? 'yellow' : 'green';
  return { light, reasons, planToDateCents, completedCents };
}

/** The monthly plan up to asOf, the current month prorated by day (see the rule above). */
export function planToDate(facts: Pick<ProjectLightFacts, 'year' | 'monthlyPlan'>, asOf: string): number {
  const { year, month, day } = parseDay(asOf);
  if (year < facts.year) return 0;
  let cents = 0;
  for (const m of facts.monthlyPlan) {
    if (year > facts.year || m.month < month) cents += m.cents;
    else if (m.month === month) cents += Math.floor((m.cents * day) / daysInMonth(year, month));
  }
  return cents;
}

/** Approved and submitted reports of the project's year. */
export function completedOf(facts: Pick<ProjectLightFacts, 'year' | 'reports'>): number {
  let cents = 0;
  for (const r of facts.reports) if (r.year === facts.year && r.status !== 'returned') cents += r.cents;
  return cents;
}

function isLastMonthReportMissing(facts: ProjectLightFacts, asOf: string, reportDay: number): boolean {
  const { year, month, day } = parseDay(asOf);
  if (day <= reportDay) return false;
  const last = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  if (last.year !== facts.year) return false;
  const lastDay = `${last.year}-${pad2(last.month)}-${pad2(daysInMonth(last.year, last.month))}`;
  if (facts.plannedStart !== null && facts.plannedStart > lastDay) return false;
  return !facts.reports.some(
    (r) => r.year === last.year && r.month === last.month && r.status !== 'returned',
  );
}

/** A node is late when it is past its planned end (strictly before asOf) and has no actual end. */
export function isNodeLate(node: { plannedEnd: string; actualEnd: string | null }, asOf: string): boolean {
  return node.actualEnd === null && node.plannedEnd < asOf;
}

function parseDay(date: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function dayNumber(date: string): number {
  const { year, month, day } = parseDay(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
