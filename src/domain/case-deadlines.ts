import { workingDaysBetween, type WorkingCalendar } from './calendar/working-days';

/**
 * Case deadlines (督办事项时限, issue 16): a supervision case, a rectification or a leader's instruction is due
 * by a date. While it waits on the unit it is `overdue` from the day after that date, `due_soon` while at most
 * `dueSoonWorkingDays` WORKING days (tenant calendar, setting `supervision.dueSoonWorkingDays`) remain up to
 * and including the due date, `on_time` before that; a closed or answered item has no state (null).
 * The days shown (`daysLeft`) are CALENDAR days, as a reader counts "已超期 3 天". Dates are `YYYY-MM-DD`.
 */
export type DeadlineState = 'overdue' | 'due_soon' | 'on_time';

export const deadlineStates = ['overdue', 'due_soon', 'on_time'] as const;

export interface DeadlineStanding {
  state: DeadlineState | null;
  /** Calendar days from `asOf` to the due date: 0 on the day, negative once past (-2: two days over). */
  daysLeft: number | null;
}

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** Where an item stands against its due date as of `asOf`. */
export function deadlineStanding(
  dueDate: string,
  isOpen: boolean,
  asOf: string,
  dueSoonWorkingDays: number,
  calendar: WorkingCalendar,
): DeadlineStanding {
  if (!isOpen) return { state: null, daysLeft: null };
  const daysLeft = dayNumber(dueDate) - dayNumber(asOf);
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  const workingLeft = workingDaysBetween(asOf, dueDate, calendar);
  return { state: workingLeft <= dueSoonWorkingDays ? 'due_soon' : 'on_time', daysLeft };
}

/** Counts of open items and, of them, those due soon and overdue. */
export interface DeadlineCounts {
  open: number;
  dueSoon: number;
  overdue: number;
}

/** Tallies the standings of open items (closed ones, with a null state, are not counted). */
export function countDeadlines(standings: ReadonlyArray<DeadlineStanding>): DeadlineCounts {
  const counts: DeadlineCounts = { open: 0, dueSoon: 0, overdue: 0 };
  for (const s of standings) {
    if (s.state === null) continue;
    counts.open++;
    if (s.state === 'due_soon') counts.dueSoon++;
    if (s.state === 'overdue') counts.overdue++;
  }
  return counts;
}

/**
 * An instruction waits on the unit until its first answer, and only while its task is alive: a cancelled
 * task's instruction asks nothing of anyone any more, so it leaves the overdue and due-soon lists.
 */
export function isInstructionOpen(answered: boolean, taskStatus: string): boolean {
  return !answered && taskStatus !== 'cancelled';
}
