import { cutMatches } from './bylines.js';
import type { MappedText } from './types.js';

/**
 * Emoji that blog and social-media copies add to titles and lines (回顾2023年工作成果🏆, …分别增长8%和9%。📈💪)
 * are decoration: cut out, so that a title ends with its words (and is read as one) and no line is left that
 * holds only a picture.
 */
const EMOJI =
  /(?:(?![©®™‼⁉])\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\u{fe0e}|\u{fe0f}|\u{200d}|\p{Emoji_Modifier})*/gu;

export function stripEmoji(line: MappedText): MappedText {
  // ©, ® and ™ are pictographs to Unicode but marks of a page's footer: left as they are.
  if (!/[\u{1f000}-\u{1faff}\u{2600}-\u{27bf}\u{2b00}-\u{2bff}]/u.test(line.text)) return line;
  return cutMatches(line, EMOJI);
}
