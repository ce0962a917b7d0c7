import { CN_NUMERAL } from './chinese-numerals.js';
import { findPartFirstSubsection, PART_REACH } from './long-part-leads.js';

/**
 * The first part heading of an excerpt that begins inside a report (…决不辜负全省人民的热切期盼！三、2026年
 * 主要工作今年是…（一）…), its line breaks lost: a top-level 三、 right after a sentence end, when no top-level
 * heading came before it, is taken although it does not continue a numbering — if its title runs without a
 * sentence end for a title's length and the part goes on into its first subsection （一） before any other
 * top-level marker. Without the （一） the marker is an enumeration's, and left alone.
 */
const CN = CN_NUMERAL;
const NEXT_TOP = new RegExp(`[。！？]${CN}{1,3}、`);

export function opensFirstPart(text: string, at: number, markerLength: number): boolean {
  if (at === 0 || !/[。！？]/.test(text[at - 1] ?? '')) return false;
  const after = text.slice(at + markerLength, at + markerLength + PART_REACH);
  if (/[。！？；]/.test(after.slice(0, 12))) return false;
  // The （一） within a part's lead-in, or further after a long lead (long-part-leads.ts).
  const sub = findPartFirstSubsection(after);
  if (sub < 0) return false;
  const top = NEXT_TOP.exec(after);
  return top === null || top.index > sub;
}
