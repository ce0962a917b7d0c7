import { parseChineseNumeral } from './chinese-numerals.js';

/** A time limit found in text: the ISO date it means and the words that say it. */
export interface Deadline {
  date: string;
  text: string;
  /** Offset of the words in the text searched. */
  index: number;
}

export interface MeetingCalendar {
  year: number;
  month: number;
}

/** Parses YYYY-MM-DD into the meeting's year and month. */
export function readMeetingCalendar(meetingDate: string): MeetingCalendar {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meetingDate);
  if (m === null) throw new Error(`meetingDate must be YYYY-MM-DD, got "${meetingDate}"`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function endOfYear(year: number): string {
  return `${year}-12-31`;
}

/**
 * The year a plan speaks of when it says 年底前 or 新的一年: the meeting's year, except at a
 * December meeting, which plans the coming year (年底 then means the end of next year).
 */
function workingYear(cal: MeetingCalendar): number {
  return cal.month === 12 ? cal.year + 1 : cal.year;
}

/** The first year of a multi-year horizon (5年内, 未来五年): next year when the meeting is in Nov–Dec. */
function horizonStartYear(cal: MeetingCalendar): number {
  return cal.month >= 11 ? cal.year + 1 : cal.year;
}

function readCount(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

/** The last year of the N-th five-year plan (十四五 → 2025); regular since the sixth (1981–85). */
function fiveYearPlanEnd(n: number): number | null {
  return n >= 6 && n <= 20 ? 1955 + 5 * n : null;
}

const CN = '[一二两三四五六七八九十]';
const QUARTER_END: Record<string, number> = { 一: 3, 1: 3, 二: 6, 2: 6, 三: 9, 3: 9, 四: 12, 4: 12 };

type Rule = { re: RegExp; resolve: (m: RegExpExecArray, cal: MeetingCalendar) => string | null };

const RULES: Rule[] = [
  {
    // 到2025年底, 2025年6月底前, 2025年上半年: an explicit year (not a base year: 比2020年, 2020年以来)
    re: /(?<![比较自从与同])(?:到|至|在|于)?(20\d{2})年(?:(\d{1,2})月(?:底|末|份)?|(上半年|下半年|年底|年末|底|末|内))?(?:前|之前|以前)?(?!以来|基础|的基础|起|开始|同期|水平|相比|\d)/g,
    resolve: (m) => {
      const year = Number(m[1]);
      if (m[2] !== undefined) return endOfMonth(year, Number(m[2]));
      if (m[3] === '上半年') return endOfMonth(year, 6);
      return endOfYear(year);
    },
  },
  {
    // 十四五 期间/末: the end of a five-year plan
    re: new RegExp(`“?(十${CN}?)五”?(?:期间|末|时期|规划期|期末)`, 'g'),
    resolve: (m) => {
      const end = fiveYearPlanEnd(parseChineseNumeral(m[1] ?? '') ?? 0);
      return end === null ? null : endOfYear(end);
    },
  },
  {
    // 5年内, 未来五年, 今后三年, 用3年时间
    re: new RegExp(
      `(?:未来|今后|近|用|花)?(\\d{1,2}|${CN}{1,2})年(?:内|之内|时间|左右)|(?:未来|今后)(\\d{1,2}|${CN}{1,2})年`,
      'g',
    ),
    resolve: (m, cal) => {
      const n = readCount(m[1] ?? m[2] ?? '');
      return n === null || n < 1 || n > 30 ? null : endOfYear(horizonStartYear(cal) + n - 1);
    },
  },
  {
    re: /明年(?:上半年|一季度)?|明年底|来年/g,
    resolve: (m, cal) => (m[0].includes('上半年') ? endOfMonth(cal.year + 1, 6) : endOfYear(cal.year + 1)),
  },
  { re: /后年/g, resolve: (_m, cal) => endOfYear(cal.year + 2) },
  {
    re: /今年(?!以来)(?:上半年|下半年|年底|底|内)?/g,
    resolve: (m, cal) => (m[0].includes('上半年') ? endOfMonth(cal.year, 6) : endOfYear(cal.year)),
  },
  {
    re: /新的一年|新一年|本年度|年底前|年内|年底|年末|全年(?!预计)/g,
    resolve: (_m, cal) => endOfYear(workingYear(cal)),
  },
  {
    re: /(上半年|下半年)/g,
    resolve: (m, cal) => endOfMonth(workingYear(cal), m[1] === '上半年' ? 6 : 12),
  },
  {
    re: /(?:第)?([一二三四1-4])季度(?:末|底)?/g,
    resolve: (m, cal) => endOfMonth(workingYear(cal), QUARTER_END[m[1] ?? ''] ?? 12),
  },
  {
    // 6月底前, 十月前: a month without a year is the next such month after the meeting
    re: /(?<![年\d])(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份|中旬|下旬|上旬)?(?:前|之前)/g,
    resolve: (m, cal) => {
      const month = readCount(m[1] ?? '');
      if (month === null || month < 1 || month > 12) return null;
      return endOfMonth(month < cal.month ? cal.year + 1 : cal.year, month);
    },
  },
];

/** Finds every deadline expression in a text, in order of position. */
export function findDeadlines(text: string, meetingDate: string): Deadline[] {
  const cal = readMeetingCalendar(meetingDate);
  const found: Deadline[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const index = m.index ?? 0;
      if (taken[index] === true) continue;
      const date = rule.resolve(m as RegExpExecArray, cal);
      if (date === null) continue;
      for (let i = index; i < index + m[0].length; i++) taken[i] = true;
      found.push({ date, text: m[0], index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Picks the deadline that governs a position: the nearest one before it, else the first after it. */
export function pickDeadline(deadlines: readonly Deadline[], position: number): Deadline | null {
  let best: Deadline | null = null;
  for (const d of deadlines) if (d.index <= position) best = d;
  return best ?? deadlines[0] ?? null;
}
