import { looksLikeHeadingStart } from './normalize.js';
import type { MappedText } from './types.js';

/**
 * Page marks of a document-sharing site's copy: each page comes as one long line opened by its number and
 * a 、 (1、在全委会结束时的讲话 同志们：…切合我区|2、实际，思路清晰…), so a page begins in the middle of a
 * sentence. They look like numbered headings, but a heading follows a finished sentence or a heading line
 * of its own: a line that opens with N、 (N ≥ 2) right after a long line cut mid-sentence is a page mark,
 * even when the marks run 2、 3、 4、 in order; after a short unfinished line, when no N−1 numbered
 * anything before. The mark is cut out, so that the two halves of the sentence join again, and so is the
 * 1、 that opens the first page once marks 2、 3、 … were found in order (or 2、 alone after a page-long line),
 * also when the site's own lines come before it (《…》由会员分享…). A number right before a word (…新建学校|2所)
 * is a quantity, never cut.
 */
const PAGE_MARK = /^(\d{1,3})\s*[、.．]\s*(?=[\u4e00-\u9fff])/;
/** A line that ends a sentence, a clause list or a heading's bracket. */
const ENDS_SENTENCE = /[。！？；：…”」』）!?;:)]$/;

/** A numbered heading on a line of its own (1、抓项目，稳投资): short, no sentence inside. */
function isHeadingLine(text: string): boolean {
  return looksLikeHeadingStart(text) && text.length <= 60 && !/[。！？]/.test(text);
}

function cut(line: MappedText, length: number): MappedText {
  return { text: line.text.slice(length), map: line.map.slice(length) };
}

export function dropStrayPageNumbers(lines: readonly MappedText[]): MappedText[] {
  const out: MappedText[] = [];
  /** Numbers that opened a heading so far (at a line's start or after a sentence end). */
  const seen = new Set<number>();
  /** The numbers of the page marks cut so far. */
  const marks: number[] = [];
  /** Characters of the sentence left unfinished by the lines so far. */
  let unfinished = 0;
  for (const line of lines) {
    const previous = out[out.length - 1];
    const m = PAGE_MARK.exec(line.text);
    const n = m === null ? null : Number(m[1]);
    const isMark =
      m !== null &&
      n !== null &&
      n >= 2 &&
      previous !== undefined &&
      (unfinished >= 16 || !seen.has(n - 1)) &&
      !ENDS_SENTENCE.test(previous.text) &&
      !isHeadingLine(previous.text);
    const kept = isMark ? cut(line, m[0].length) : line;
    if (isMark && n !== null) marks.push(n);
    else
      for (const found of line.text.matchAll(/(?:^|[。！？；：])(\d{1,2})[、.．](?!\d)/g))
        seen.add(Number(found[1]));
    // The unfinished sentence may span several short lines of a wrapped copy (…切合|我区|2、实际…).
    const ends = ENDS_SENTENCE.test(kept.text) || isHeadingLine(kept.text);
    unfinished = ends ? 0 : unfinished + kept.text.length;
    out.push(kept);
  }
  // The first page's 1、 opens the first numbered line, which may follow the site's own lines (《…》由会员分享…).
  const firstAt = out.findIndex((l) => PAGE_MARK.test(l.text));
  const first = firstAt < 0 ? undefined : out[firstAt];
  const firstMark = first === undefined ? null : PAGE_MARK.exec(first.text);
  // Marks 2、 3、 … in order: the 1、 opening the first line marks the first page, whatever follows it.
  const inOrder = marks.length >= 2 && marks.every((n, i) => n === i + 2);
  if (
    first !== undefined &&
    firstMark?.[1] === '1' &&
    (inOrder || (marks.length === 1 && first.text.length > 100))
  )
    out[firstAt] = cut(first, firstMark[0].length);
  return out;
}
