/**
 * Working-day arithmetic (工作日) over a calendar of holidays and adjusted working days (调休). Dates are whole
 * days written YYYY-MM-DD, taken as UTC midnight so no time zone arithmetic happens here. A day is a working
 * day when it is a weekday and not a holiday, or when it is an adjusted working day (a weekend made a working
 * day to bridge a holiday).
 */

/** The days that differ from the weekday rule. A date in both sets counts as a working day. */
export interface WorkingCalendar {
  /** Holidays, including weekdays taken off by 调休 (放假). */
  holidays: ReadonlySet<string>;
  /** Weekend days that are working days (调休上班). */
  workdays: ReadonlySet<string>;
}

export const emptyCalendar: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

const msPerDay = 86_400_000;
/** A run of holidays is never this long; the loops stop here rather than spin on a calendar of all holidays. */
const maxSearchDays = 3660;

/** Whether `date` (YYYY-MM-DD) is a working day of the calendar. */
export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(toMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `n` working days after `date` (the day itself is not counted, as a deadline "within 3 working days
 * of publishing" is read): from a Friday, 1 working day is the Monday. `n` = 0 answers `date` itself.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count of working days: ${n}`);
  let ms = toMs(date);
  let left = n;
  for (let guard = 0; left > 0; guard++) {
    if (guard > maxSearchDays + n) throw new RangeError('the calendar has no working days');
    ms += msPerDay;
    if (isWorkingDay(toDate(ms), calendar)) left--;
  }
  return toDate(ms);
}

/**
 * The working days after `from` up to and including `to` (0 when `to` is not after `from`): the days a unit
 * took to accept a task published on `from` and accepted on `to`.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  const end = toMs(to);
  let count = 0;
  for (let ms = toMs(from) + msPerDay; ms <= end; ms += msPerDay) {
    if (isWorkingDay(toDate(ms), calendar)) count++;
  }
  return count;
}

/** Builds a calendar from listed days; a later entry for the same date replaces an earlier one. */
export function calendarOf(
  days: ReadonlyArray<{ date: string; kind: 'holiday' | 'workday' | 'normal' }>,
): WorkingCalendar {
  const kinds = new Map<string, 'holiday' | 'workday' | 'normal'>();
  for (const d of days) kinds.set(d.date, d.kind);
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const [date, kind] of kinds) {
    if (kind === 'holiday') holidays.add(date);
    else if (kind === 'workday') workdays.add(date);
  }
  return { holidays, workdays };
}

function toMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d) return ms;
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
}

function toDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  try {
    toMs(date);
    return true;
  } catch {
    return false;
  }
}
