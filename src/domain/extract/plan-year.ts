import { readMeetingCalendar } from './deadlines.js';

/**
 * The year a speech plans, for the drafts that name no deadline of their own. A plenary at the turn of
 * the year (from September on) that speaks of 明年 or of next year by number plans the coming year; a
 * meeting early in the year, or one that speaks only of 今年, plans the current one; 新的一年 at a meeting
 * from October on means the coming year too.
 */
export function findPlanYear(text: string, meetingDate: string): number {
  const { year, month } = readMeetingCalendar(meetingDate);
  const next = new RegExp(`明年|来年|${year + 1}年`).test(text);
  if (next && month >= 9) return year + 1;
  if (month >= 10 && /新的一年|新一年/.test(text) && !/今年(?!以来)/.test(text)) return year + 1;
  return year;
}

/** Where a draft's deadline comes from: its own words, its section's (or list's) scope, or the plan year. */
export type DeadlineSource = 'stated' | 'section' | 'plan-year';
