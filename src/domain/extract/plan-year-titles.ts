/**
 * A part title that names the year being planned (2026年主要工作, 2026年重点工作 at a meeting in January 2026)
 * plans, although 主要工作 also titles the account of a year (2025年主要工作和成就): the year decides. A year
 * after the meeting's, or the meeting's own year at a meeting in its first half, is the plan year; a title
 * with a review word of its own (回顾, 总结, 成绩…) is left to the review words.
 */
const REVIEW_WORDS = /回顾|总结|成绩|成就|过去|以来|取得|完成情况/;

export function namesPlanYear(title: string, meetingDate: string): boolean {
  const m = /(20\d{2})年/.exec(title);
  if (m === null || REVIEW_WORDS.test(title)) return false;
  const year = Number(m[1]);
  const meetingYear = Number(meetingDate.slice(0, 4));
  const month = Number(meetingDate.slice(5, 7));
  return year > meetingYear || (year === meetingYear && month >= 1 && month <= 6);
}
