import type { MappedText } from './types.js';

/**
 * Page marks of a document-sharing copy whose lines were joined (…奋力开创我区高端2、绿色崛起新局面。…在疏
 * 3、解非首都功能): page-numbers.ts cuts them at a line's start, but once the lines run together each mark
 * sits inside a word. Only in the copy of a sharing site (its own words: 由会员分享, 珍藏版, 文库…), a mark
 * N、 between two Chinese characters and not right after a sentence end is a page mark when such marks run
 * 2、 3、 … in order; the 1、 that opened the first page (at the start or after a sentence end, before the
 * 2、) is cut too. Elsewhere, and for numbers out of order or a lone one, nothing is cut: a list of
 * unpunctuated items joined together (…加强领导2、推进改革3、…) looks the same.
 */
export const SHARING_SITE = /由会员(?:分享|上传)|页珍藏版|文档分享|文库|在线阅读/;
const MARK = /(?<=[\u4e00-\u9fff])(\d{1,2})、(?=[\u4e00-\u9fff])/g;
const FIRST_MARK = /(?:^|(?<=[。！？；：]))1、(?=[\u4e00-\u9fff])/;
const MIN_UNFINISHED = 1;

function unfinishedBefore(text: string, at: number): number {
  const before = text.slice(0, at);
  const end = Math.max(...['。', '！', '？', '；', '：'].map((c) => before.lastIndexOf(c)));
  return at - (end + 1);
}

/** The offsets and lengths of the page marks in a joined line; none unless 2、 3、 … run in order. */
export function gluedPageMarks(text: string): { at: number; length: number }[] {
  const marks = [...text.matchAll(MARK)]
    .filter((m) => unfinishedBefore(text, m.index ?? 0) >= MIN_UNFINISHED)
    .map((m) => ({ at: m.index ?? 0, length: m[0].length, n: Number(m[1]) }));
  const run = marks.filter((m) => m.n >= 2);
  if (run.length < 2 || !run.every((m, i) => m.n === i + 2)) return [];
  const first = FIRST_MARK.exec(text.slice(0, run[0]?.at ?? 0));
  const out = run.map(({ at, length }) => ({ at, length }));
  return first === null ? out : [{ at: first.index, length: 2 }, ...out];
}

export function cutGluedPageMarks(paragraph: MappedText, fromSharingSite: boolean): MappedText {
  const marks = fromSharingSite ? gluedPageMarks(paragraph.text) : [];
  if (marks.length === 0) return paragraph;
  let text = '';
  let map: number[] = [];
  let from = 0;
  for (const { at, length } of marks) {
    text += paragraph.text.slice(from, at);
    map = map.concat(paragraph.map.slice(from, at));
    from = at + length;
  }
  return { text: text + paragraph.text.slice(from), map: map.concat(paragraph.map.slice(from)) };
}
