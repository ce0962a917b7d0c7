/**
 * How far the first subsection （一） of a part may stand from the part's marker when the line breaks are lost.
 * first-part.ts and titled-page-parts.ts look 1,200 characters ahead: a part's lead-in and the year's targets.
 * A provincial plan part is longer (二、“十五五”时期目标任务和2026年工作安排 — the outline's indicators quoted, then
 * the year's 主要预期目标是… and what they mean, 2,000 characters and more before （一）). Its （一） is still the
 * part's when it follows a sentence end, within 4,000 characters, and the lead between holds nothing numbered —
 * no other bracketed number, no mid-line 1. or 一是 — so that it is one lead, not a list cut into pieces.
 */
const NEAR = 1200;
const FAR = 4000;
const FIRST_SUB = /[（(]一[）)]/;
const FIRST_SUB_AFTER_SENTENCE = /(?<=[。！？!?])[（(]一[）)]/;
const NUMBERED =
  /[（(][一二三四五六七八九十\d]{1,3}[）)]|[。！？；：](?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]是)/;

/** Where the part's first subsection stands in `after` (the text after the marker), or -1. */
export function findPartFirstSubsection(after: string): number {
  const near = FIRST_SUB.exec(after.slice(0, NEAR));
  if (near !== null) return near.index;
  const far = FIRST_SUB_AFTER_SENTENCE.exec(after.slice(0, FAR));
  if (far === null || NUMBERED.test(after.slice(0, far.index))) return -1;
  return far.index;
}

/** The stretch of text after a part's marker in which its first subsection is looked for. */
export const PART_REACH = FAR;
