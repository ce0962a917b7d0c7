import { CN_NUMERAL } from './chinese-numerals.js';
/**
 * Top-level headings (二、…) glued to the text before them with no sentence end, as a list of unpunctuated
 * lines gives them once its line breaks are lost (…新增就业2.3万人二、2027年主要预期目标地区生产总值…).
 * Only a 一、二、三、 marker is looked for, not after 第, a numeral or a 、 and not before a numeral (一、二、三产业,
 * 第二、), and the caller takes it only when it continues the numbering of the top-level headings seen so
 * far (HeadingSequence). Groups as FORMAL in inline-headings.ts: 1 the marker, 3 the Chinese number; the
 * other groups never match.
 */
const CN = CN_NUMERAL;
const LOOSE_TOP_LEVEL = new RegExp(
  `((?:第(x)(?!))|(?<![第一二三四五六七八九十、])(${CN}{1,3})、(?!${CN})|(?:（(x)(?!))|(?:(x)(?!)))`,
  'g',
);

export function looseTopLevelMarkers(text: string): RegExpMatchArray[] {
  return [...text.matchAll(LOOSE_TOP_LEVEL)].filter((m) => (m.index ?? 0) > 0);
}
