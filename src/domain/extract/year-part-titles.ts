import { PART_TITLE_WORDS } from './part-titles.js';

/**
 * A part title led by a year, glued between two sentences when the line breaks were lost, before a new
 * sentence rather than before its first numbered item (…展现在大地上。2026年重点工作今年是开局之年。…（一）…):
 * the year, a few characters and the word that names a part, then a sentence that does not continue it (not
 * 的, 和, 是, 要, 将, 已, 任务… that would make the title a clause's subject). Taken only when the part goes on
 * into a numbered heading （一） or 一、 further in the paragraph, as a report's part does.
 */
const GLUED_YEAR_PART = new RegExp(
  `(?<=[。！？])20\\d{2}年(?:度)?[\\u4e00-\\u9fff]{0,6}?(?:${PART_TITLE_WORDS})(?=[\\u4e00-\\u9fff“])(?![的和与是为及在要将已也都等任中]|一、)`,
  'g',
);
const NUMBERED = /[（(]一[）)]|[。！？：]一、/;

export function gluedYearParts(text: string): RegExpMatchArray[] {
  return [...text.matchAll(GLUED_YEAR_PART)].filter((m) =>
    NUMBERED.test(text.slice((m.index ?? 0) + m[0].length)),
  );
}
