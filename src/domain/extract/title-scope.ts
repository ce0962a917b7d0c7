import { findDeadlines, type Deadline } from './deadlines.js';

/**
 * The deadline a section's title gives the measures under it. A title may name a period and a year at once
 * (二、“十五五”时期目标任务和2026年工作安排): the period's aims are stated in sentences that name it, and the
 * subsections below are the year's work, so the nearest deadline the title names is the one they inherit — not
 * the first (2030 would make every 2026 measure due four years late).
 */
export function findTitleDeadline(title: string, meetingDate: string): Deadline | undefined {
  let nearest: Deadline | undefined;
  for (const found of findDeadlines(title, meetingDate)) {
    if (nearest === undefined || found.date < nearest.date) nearest = found;
  }
  return nearest;
}
