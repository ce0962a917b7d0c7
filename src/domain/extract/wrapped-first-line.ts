import { findWrapWidth, isWrappedLine } from './hard-wraps.js';
import { inputSpan } from './spaced-first-line.js';
import type { MappedText } from './types.js';

/**
 * In a hard-wrapped copy (a PDF, a narrow page) that starts straight with its text (主要预期目标是：地区生产
 * 总值增长…, no title, no salutation), the first line fills the wrap width and breaks off mid-sentence: it is the
 * start of the first paragraph, not the document's title. A title is shorter than the lines of text below it.
 */
export function firstLineCutByWrap(lines: readonly MappedText[]): boolean {
  const first = lines[0];
  if (first === undefined || lines.length < 2) return false;
  const width = findWrapWidth(lines.map((l) => l.text.length));
  // Its length in the input, the spaces of a breadcrumb counted (spaced-first-line.ts).
  return isWrappedLine(inputSpan(first), width) && !/[。！？；：]$/.test(first.text);
}
