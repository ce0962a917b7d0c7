import { looksLikeHeadingStart } from './normalize.js';
import type { MappedText } from './types.js';

/**
 * Page numbers of a document-sharing site's copy that land at the start of a line, in the middle of a
 * sentence (…推动我区产业向高端|2、绿色发展…: the page mark sits where page 2 begins). They look like
 * numbered headings, but a heading follows a finished sentence or a heading line: a line that opens with
 * a number N ≥ 2 and a 、 right after a long line cut mid-sentence is a page mark, even when the marks
 * themselves run 2、 3、 4、 in order; after a short unfinished line, when no N−1 numbered anything before. The number is cut out, so that the two halves of the sentence join
 * again. A number right before a word (…新建学校|2所) is a quantity, never cut.
 */
const LEADING_NUMBER = /^(\d{1,3})(?=\s*[、.．]\s*[\u4e00-\u9fff])/;
/** A line that ends a sentence, a clause list or a heading's bracket. */
const ENDS_SENTENCE = /[。！？；：…”」』）!?;:)]$/;

export function dropStrayPageNumbers(lines: readonly MappedText[]): MappedText[] {
  const out: MappedText[] = [];
  /** Numbers that opened a heading so far (at a line's start or after a sentence end). */
  const seen = new Set<number>();
  for (const line of lines) {
    const previous = out[out.length - 1];
    const m = LEADING_NUMBER.exec(line.text);
    const n = m === null ? null : Number(m[1]);
    if (
      m !== null &&
      n !== null &&
      n >= 2 &&
      previous !== undefined &&
      (previous.text.length >= 16 || !seen.has(n - 1)) &&
      !ENDS_SENTENCE.test(previous.text) &&
      !looksLikeHeadingStart(previous.text)
    ) {
      const cut = m[0].length;
      out.push({ text: line.text.slice(cut), map: line.map.slice(cut) });
      continue;
    }
    for (const found of line.text.matchAll(/(?:^|[。！？；：])(\d{1,2})[、.．](?!\d)/g))
      seen.add(Number(found[1]));
    out.push(line);
  }
  return out;
}
