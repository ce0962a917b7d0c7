/**
 * Case deadlines (issue 16): a supervision case, a rectification or an instruction is due by a date, and while
 * it is open it is `overdue` after that date and `due_soon` within `dueSoonDays` calendar days of it (the
 * same count as a task's due-soon light, setting `lights.dueSoonDays`). Dates are `YYYY-MM-DD`.
 */
export type DeadlineState = 'overdue' | 'due_soon' | null;

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

export function deadlineState(
  deadline: string,
  isOpen: boolean,
  asOf: string,
  dueSoonDays: number,
): DeadlineState {
  if (!isOpen) return null;
  const left = dayNumber(deadline) - dayNumber(asOf);
  if (left < 0) return 'overdue';
  return left <= dueSoonDays ? 'due_soon' : null;
}
