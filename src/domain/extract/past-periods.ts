import { parseChineseNumeral } from './chinese-numerals.js';
import { MUST } from './directive-words.js';

/**
 * A sentence that opens with a part of the year already over at the meeting (上半年，全区完成固定资产投资…
 * at a meeting in August; 1—7月，…; 一季度，…; 今年以来，…) reports progress: its numbers are results, not
 * targets, and it is no task — unless it also tells what to do (要, 将, 力争, 确保, 计划, 必须).
 */
const PERIOD =
  /^(?:今年|本年度|\d{4}年)?(?:(上半年)|(?:第?([一二三1-3])季度)|前([二三两2-3])(?:个)?季度|(?:1|一)(?:—|-|－|~|～|至|到)(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?|(以来))[，,]/;
const PLANS = /(?<![即])将(?![近来])|力争|确保|计划/;

function monthNumber(text: string): number {
  const n = Number(text);
  return Number.isNaN(n) ? (parseChineseNumeral(text) ?? 0) : n;
}

/** The last month of the period the sentence opens with, or 0 when it runs up to the meeting (今年以来). */
function periodEndMonth(match: RegExpExecArray): number {
  if (match[1] !== undefined) return 6;
  if (match[2] !== undefined) return monthNumber(match[2]) * 3;
  if (match[3] !== undefined) return monthNumber(match[3]) * 3;
  if (match[4] !== undefined) return monthNumber(match[4]);
  return 0;
}

export function reportsPastPeriod(sentence: string, meetingDate: string): boolean {
  const match = PERIOD.exec(sentence);
  if (match === null || MUST.test(sentence) || PLANS.test(sentence)) return false;
  const meetingMonth = Number(meetingDate.slice(5, 7));
  return periodEndMonth(match) < meetingMonth;
}
