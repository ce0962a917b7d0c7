/**
 * 联审联批 (joint approval): the office opens a review of a project's pre-construction procedure; each department
 * concerned answers its own item, in parallel, by the same deadline.
 *
 * Days are CALENDAR days (自然日), not working days: the deadline is a date the office fixes when it opens the
 * review, and the delay a department causes is counted the way the applicant lives it. A date means the whole
 * day: an item answered on the deadline day is on time; it is overdue from the day after.
 *
 * What `needs_material` (需补充材料) means: it is an answer — the department acted, and its first answer's time
 * is what it took (first_answered_at is kept when it answers again) — but it does not finish the review: the
 * applicant must supply the material and the department answers again while the review is open. The review
 * closes when every department has approved (同意 or 有条件同意).
 */
import { daysBetween } from './assessment/dates';
import type { JointReviewItemStatus } from './vocabulary';

/** Answers that finish a department's part of the review. */
export const finalItemStatuses: readonly JointReviewItemStatus[] = ['approved', 'approved_with_conditions'];

/** Answers that need words: the conditions, or the material that is missing. */
export const itemStatusesNeedingText: readonly JointReviewItemStatus[] = [
  'approved_with_conditions',
  'needs_material',
];

/** A pending item gets its "deadline near" reminder this many calendar days before the deadline (and on it). */
export const reminderDaysBefore = 2;

/** What the rules need of an item: its state and its first answer's date (Asia/Shanghai), if any. */
export interface ItemFacts {
  status: JointReviewItemStatus;
  firstAnsweredOn: string | null;
}

/** A pending item past the review's deadline (overdue from the day after the deadline): shown red. */
export function isItemOverdue(item: ItemFacts, deadline: string, today: string): boolean {
  return item.status === 'pending' && today > deadline;
}

/**
 * Calendar days the department took: from the day the review opened to its first answer, or to today while it
 * has not answered (0 when answered on the opening day).
 */
export function daysTaken(openedOn: string, item: ItemFacts, today: string): number {
  return Math.max(0, daysBetween(openedOn, item.firstAnsweredOn ?? today));
}

/**
 * Calendar days past the deadline of the department's first answer (or of today while it has not answered);
 * 0 when on time. This is what the assessment counts.
 */
export function delayDays(deadline: string, item: ItemFacts, asOf: string): number {
  const answeredOn = item.firstAnsweredOn;
  const end = answeredOn !== null && answeredOn <= asOf ? answeredOn : asOf;
  return Math.max(0, daysBetween(deadline, end));
}

/** Whether the department's answer came (or, as of `asOf`, is still not there) after the deadline. */
export function isLate(deadline: string, item: ItemFacts, asOf: string): boolean {
  return delayDays(deadline, item, asOf) > 0;
}

/** The review closes when every department has approved (with or without conditions). */
export function isReviewComplete(items: ReadonlyArray<{ status: JointReviewItemStatus }>): boolean {
  return items.length > 0 && items.every((i) => finalItemStatuses.includes(i.status));
}

/** Whether an answer of this status must say something (the conditions, or what is missing). */
export function answerNeedsText(status: JointReviewItemStatus): boolean {
  return itemStatusesNeedingText.includes(status);
}

/**
 * Which reminder, if any, a pending item gets today: `due_soon` within `reminderDaysBefore` days of the deadline
 * (the deadline day included), `overdue` after it; null otherwise, when answered, or when already reminded today
 * (`remindedOn`, at most one reminder a day).
 */
export function reminderFor(
  item: { status: JointReviewItemStatus; remindedOn: string | null },
  deadline: string,
  today: string,
): 'due_soon' | 'overdue' | null {
  if (item.status !== 'pending' || item.remindedOn === today) return null;
  if (today > deadline) return 'overdue';
  return daysBetween(today, deadline) <= reminderDaysBefore ? 'due_soon' : null;
}
