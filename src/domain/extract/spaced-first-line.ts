import type { MappedText } from './types.js';

/**
 * How many characters of the input a line spans: its text with the spaces normalize.ts dropped (a breadcrumb's
 * `首页 > 范文 > `, a PDF's stray spaces between words) counted again. A hard-wrapped copy cuts its lines by what
 * the input holds, so the first line of a page that opens with a breadcrumb fills the wrap width only when its
 * spaces are counted (wrapped-first-line.ts). A line spaced out letter by letter (政 府 工 作 报 告, a title) is
 * not counted so: when more than a quarter of its span was spaces, its own length is kept.
 */
export function inputSpan(line: MappedText): number {
  const first = line.map[0];
  const last = line.map[line.map.length - 1];
  if (first === undefined || last === undefined) return line.text.length;
  const span = last - first + 1;
  return span - line.text.length > span / 4 ? line.text.length : Math.max(span, line.text.length);
}
