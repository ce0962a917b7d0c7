import { STYLE_RANK, type HeadingStyle } from './headings.js';

/** Numbers that open a sequence: a section numbered so is not cut from the middle of its part. */
const FIRST_NUMBER = /^(?:一|1|①)$/;

/** Whether a heading's number opens its sequence (一, 1, ①): an excerpt opening past it began inside a part. */
export function opensSequence(number: string): boolean {
  return FIRST_NUMBER.test(number);
}

/** The document's first heading: its style and its number. */
export interface OpeningHeading {
  style: HeadingStyle;
  number: string;
}

/**
 * An excerpt that begins inside a part (（三）…。（四）…。 then 三、2031年工作安排 and its （一）…): the first heading
 * is a subsection numbered past the first, whose part is not in the text. While it or a sibling is open, a
 * part heading (一、 or 第一部分, a style that ranks above the subsections') closes those subsections instead of nesting under them,
 * so that the part and its own （一）（二） keep their places. A document that opens with （一）, or whose first
 * heading is a part, nests as before.
 */
export function closesOpeningSubsections(
  opening: OpeningHeading | undefined,
  bottom: HeadingStyle | undefined,
  incoming: HeadingStyle,
): boolean {
  if (opening === undefined || bottom !== opening.style || opensSequence(opening.number)) return false;
  if (incoming !== 'cn' && incoming !== 'part') return false;
  if (!['paren-cn', 'ordinal', 'arabic', 'paren-arabic'].includes(opening.style)) return false;
  return STYLE_RANK[incoming] < STYLE_RANK[opening.style];
}
