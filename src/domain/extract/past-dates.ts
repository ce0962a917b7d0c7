import { findDeadlines } from './deadlines.js';

/**
 * A sentence that dates itself only before the meeting (2025年，全区经济运行总体平稳… read at a meeting in
 * February 2026) reports the past, whatever its verbs: its numbers are results, not targets, and it is no
 * task. A sentence naming a date still to come (今年, 明年, 6月底前) is not judged here.
 */
export function namesOnlyThePast(sentence: string, meetingDate: string): boolean {
  // Every date the deadline rules read holds 年, 月, 季度 or a 五-year plan: skip the rest cheaply (bench/extract).
  if (!/[年月度五]/.test(sentence)) return false;
  const found = findDeadlines(sentence, meetingDate);
  return found.length > 0 && found.every((d) => d.date < meetingDate);
}
