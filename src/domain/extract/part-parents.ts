import { STYLE_RANK, type HeadingStyle } from './headings.js';

/**
 * A part never nests under a point or a subsection (fifteenth pass): an excerpt that begins with the last point of
 * the part before (四是聚力筑牢安全基石。… or （五）…) and then reaches 三、2031年工作安排 nested the whole plan part
 * under that point, as headings nest in the order their styles first appear. A part marker (一、, 第一部分) closes the
 * open headings of a deeper style when no heading of its own style is open. Returns how many open headings stay
 * (the stack is cut there), or null when nothing is closed.
 */
export function partStackCut(stack: readonly { style: HeadingStyle }[], style: HeadingStyle): number | null {
  if (style !== 'cn' && style !== 'part') return null;
  const rank = STYLE_RANK[style];
  let cut = stack.length;
  while (cut > 0 && STYLE_RANK[stack[cut - 1]?.style ?? style] > rank) cut--;
  return cut < stack.length ? cut : null;
}
