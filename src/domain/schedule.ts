/**
 * The lights (红黄绿灯) of tasks, computed as of a calendar date. Dates are whole days (YYYY-MM-DD in
 * Asia/Shanghai, taken as UTC midnight so no time zone arithmetic happens here); time is passed in.
 */
import { isBlockerLightDue } from './blockers';
import { addWorkingDays, type WorkingCalendar } from './calendar/working-days';
import { lightReasons, type Light, type LightReason } from './vocabulary';
import type { ReportStatus, TaskStatus } from './workflow';

export { lightReasons, type Light, type LightReason };

export type ReportPeriodKind = 'month' | 'quarter';

/** Tenant settings of the lights: gaps and the half-time mark in points, due-soon in days. */
export interface LightSettings {
  redGap: number;
  yellowGap: number;
  halfTime: number;
  dueSoonDays: number;
  reportPeriod: ReportPeriodKind;
  /** 签收时限 in working days (the caller works out `acceptBy` with acceptDeadline). */
  acceptWorkingDays: number;
  /** 堵点: an open blocker older than this many days makes the task yellow (blocker_open). */
  blockerLightAfterDays?: number;
}

export const defaultLightSettings: LightSettings = {
  redGap: 30,
  yellowGap: 10,
  halfTime: 50,
  dueSoonDays: 3,
  reportPeriod: 'month',
  acceptWorkingDays: 3,
};

export interface LightTask {
  status: TaskStatus;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** Progress in points (0..100) of the latest approved report; 0 when none. */
  progress: number;
  /** YYYY-MM-DD when the lead unit accepted (签收) the task; it is in progress from then. */
  acceptedAt: string | null;
  milestones: Array<{ dueDate: string; completedAt: string | null }>;
  /** Reports by period ('2024-03' or '2024-Q1') with their review status. */
  reports: Array<{ period: string; status: ReportStatus }>;
  /**
   * 签收时限: the last day (YYYY-MM-DD) on which the lead unit may accept the published task, counted in working
   * days from publishing by the caller (acceptDeadline); none for a task published before deadlines existed.
   */
  acceptBy?: string | null;
  /** 赶超措施: the due date of a catch-up plan the lead unit owes and has not sent (required or returned). */
  catchUpPlanDueBy?: string | null;
  /** 堵点: the day the oldest open (or coordinating) blocker on the task was raised. */
  oldestBlockerRaisedOn?: string | null;
  /** 验收: the day the pending completion request was made (YYYY-MM-DD), while the task waits for acceptance. */
  completionRequestedOn?: string | null;
}

export interface LightResult {
  light: Light;
  reasons: LightReason[];
  /** Time elapsed in points, rounded to one decimal for display. */
  elapsed: number;
  /** Progress in points as used for the light. */
  progress: number;
}

// Only live tasks carry a light; a draft, finished, cancelled or suspended task is green.
const computedStatuses: ReadonlySet<TaskStatus> = new Set<TaskStatus>([
  'published',
  'in_progress',
  'completion_requested',
]);
// Statuses during which the unit owes reports.
const reportingStatuses: ReadonlySet<TaskStatus> = new Set<TaskStatus>([
  'in_progress',
  'completion_requested',
]);
// A returned report does not count: the unit must send it again.
const countingReportStatuses: ReadonlySet<ReportStatus> = new Set<ReportStatus>([
  'submitted',
  'signed',
  'approved',
]);

const msPerDay = 86_400_000;
// Points are ratios of whole days, so real differences are far above this; it only absorbs float noise
// such as 32.8 − 2.8 landing a hair under 30.
const tolerance = 1e-9;

/** Computes the light of a task as of `asOf` (YYYY-MM-DD); the ledger, the detail page and the API all use this. */
export function lightAsOf(
  task: LightTask,
  asOf: string,
  settings: LightSettings = defaultLightSettings,
): LightResult {
  const today = dayNumber(asOf);
  const start = dayNumber(task.startDate);
  const due = dayNumber(task.dueDate);
  const elapsed = elapsedPoints(today, start, due);
  const progress = Math.min(100, Math.max(0, task.progress));
  const shown = { elapsed: Math.round(elapsed * 10) / 10, progress };

  if (!computedStatuses.has(task.status)) return { light: 'green', reasons: [], ...shown };

  const red = new Set<LightReason>();
  const yellow = new Set<LightReason>();
  const behind = elapsed - progress;

  // A unit that asked for acceptance on time is not late while the office takes its time to accept: the wait
  // is the office's, not the unit's. Asked after the due date, it was late and stays red.
  const waitingOnTime =
    task.status === 'completion_requested' &&
    !!task.completionRequestedOn &&
    dayNumber(task.completionRequestedOn) <= due;
  if (today > due && !waitingOnTime) red.add('overdue');
  if (behind >= settings.redGap - tolerance) red.add('behind_schedule');
  if (behind >= settings.yellowGap - tolerance) yellow.add('behind_schedule');
  if (elapsed >= settings.halfTime - tolerance && progress < settings.halfTime)
    yellow.add('half_time_half_task');
  const daysLeft = due - today;
  if (daysLeft >= 0 && daysLeft <= settings.dueSoonDays) yellow.add('due_soon');
  if (task.milestones.some((m) => isMilestoneLate(m, today))) yellow.add('behind_schedule');
  if (isReportMissing(task, asOf, settings.reportPeriod)) yellow.add('missing_report');
  // Past the last day to accept and still not accepted: yellow, and the office is told (reminders.ts).
  if (task.status === 'published' && task.acceptBy && today > dayNumber(task.acceptBy))
    yellow.add('not_accepted');
  if (task.catchUpPlanDueBy && today > dayNumber(task.catchUpPlanDueBy)) yellow.add('catch_up_plan_overdue');
  if (
    task.oldestBlockerRaisedOn &&
    isBlockerLightDue(
      { status: 'open', raisedOn: task.oldestBlockerRaisedOn },
      asOf,
      settings.blockerLightAfterDays ?? 14,
    )
  )
    yellow.add('blocker_open');

  const reasons = lightReasons.filter((r) => red.has(r) || yellow.has(r));
  const light: Light = red.size > 0 ? 'red' : yellow.size > 0 ? 'yellow' : 'green';
  return { light, reasons, ...shown };
}

/**
 * 签收时限: the last day a task published on `publishedOn` may be accepted, `workingDays` working days later by
 * the tenant's calendar (published on a Friday with 3 days: the Wednesday after, holidays skipped).
 */
export function acceptDeadline(publishedOn: string, workingDays: number, calendar: WorkingCalendar): string {
  return addWorkingDays(publishedOn, workingDays, calendar);
}

/** The last reporting period that has ended before `asOf`, with its first and last day. */
export function lastClosedPeriod(
  asOf: string,
  period: ReportPeriodKind,
): { period: string; start: string; end: string } {
  const { year, month } = parseDate(asOf);
  let closed: string;
  if (period === 'month') {
    closed = month === 1 ? `${year - 1}-12` : `${year}-${pad2(month - 1)}`;
  } else {
    const quarter = quarterOf(month);
    closed = quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
  }
  return { period: closed, start: periodStart(closed), end: periodEnd(closed) };
}

/** The reporting period containing `date`: '2024-03' for a month, '2024-Q1' for a quarter. */
export function periodOf(date: string, period: ReportPeriodKind): string {
  const { year, month } = parseDate(date);
  return period === 'month' ? `${year}-${pad2(month)}` : `${year}-Q${quarterOf(month)}`;
}

/** Whether a period is a month ('2024-03') or a quarter ('2024-Q1'); a report must match the district's kind. */
export function periodKindOf(period: string): ReportPeriodKind {
  const { firstMonth, lastMonth } = parsePeriod(period);
  return firstMonth === lastMonth ? 'month' : 'quarter';
}

/**
 * Which periods a task may be reported for: from the one containing its start date up to the one open
 * today; a period that has not begun (2099-12) or ended before the task started (2000-01) is refused,
 * naming which. Reports for closed periods since the start stay open, so a late report is still accepted.
 */
export function reportPeriodProblem(
  period: string,
  bounds: { startDate: string | null; today: string },
): 'future' | 'before_start' | null {
  if (periodStart(period) > bounds.today) return 'future';
  if (bounds.startDate !== null && periodEnd(period) < bounds.startDate) return 'before_start';
  return null;
}

/** First day (YYYY-MM-DD) of a period written as '2024-03' or '2024-Q1'. */
export function periodStart(period: string): string {
  const { year, firstMonth } = parsePeriod(period);
  return `${year}-${pad2(firstMonth)}-01`;
}

/** Last day (YYYY-MM-DD) of a period written as '2024-03' or '2024-Q1': '2024-02' → '2024-02-29'. */
export function periodEnd(period: string): string {
  const { year, lastMonth } = parsePeriod(period);
  // Day 0 of the next month is the last day of this one; Date.UTC rolls month 12 over to January.
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${pad2(lastMonth)}-${pad2(lastDay)}`;
}

/** Elapsed time in points: 0 before the start, 100 from the due date on (also when start = due). */
function elapsedPoints(today: number, start: number, due: number): number {
  if (today < start) return 0;
  if (today >= due) return 100;
  // Multiply before dividing so whole-point cases (30 of 100 days) come out exact.
  return ((today - start) * 100) / (due - start);
}

// A milestone is late when its date has passed and it was not completed by `today` (so past dates replay).
function isMilestoneLate(milestone: { dueDate: string; completedAt: string | null }, today: number): boolean {
  if (dayNumber(milestone.dueDate) >= today) return false;
  return milestone.completedAt === null || dayNumber(milestone.completedAt) > today;
}

function isReportMissing(task: LightTask, asOf: string, kind: ReportPeriodKind): boolean {
  if (!reportingStatuses.has(task.status) || task.acceptedAt === null) return false;
  const closed = lastClosedPeriod(asOf, kind);
  // A task accepted after the period closed owed no report for it.
  if (dayNumber(task.acceptedAt) > dayNumber(closed.end)) return false;
  return !task.reports.some((r) => r.period === closed.period && countingReportStatuses.has(r.status));
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    // Round-trip check rejects dates like 2024-02-30 that Date.UTC would silently roll over.
    if (
      parsed.getUTCFullYear() === year &&
      parsed.getUTCMonth() === month - 1 &&
      parsed.getUTCDate() === day
    ) {
      return { year, month, day };
    }
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
}

// Lights of a district's year compare ~100,000 dates drawn from a few hundred days: each is parsed once.
const dayNumbers = new Map<string, number>();

function dayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const { year, month, day } = parseDate(date);
  const n = Date.UTC(year, month - 1, day) / msPerDay;
  if (dayNumbers.size < 100_000) dayNumbers.set(date, n);
  return n;
}

function parsePeriod(period: string): { year: number; firstMonth: number; lastMonth: number } {
  const monthMatch = /^(\d{4})-(\d{2})$/.exec(period);
  if (monthMatch) {
    const [year, month] = [Number(monthMatch[1]), Number(monthMatch[2])];
    if (month >= 1 && month <= 12) return { year, firstMonth: month, lastMonth: month };
  }
  const quarterMatch = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarterMatch) {
    const [year, quarter] = [Number(quarterMatch[1]), Number(quarterMatch[2])];
    return { year, firstMonth: quarter * 3 - 2, lastMonth: quarter * 3 };
  }
  throw new RangeError(`not a reporting period ('2024-03' or '2024-Q1'): ${period}`);
}

function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
