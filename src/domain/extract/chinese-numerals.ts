const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a Chinese numeral (一, 两, 十二, 三百五十, 一千零五) to a number; null if it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = SMALL_UNITS[ch];
    if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = null;
      continue;
    }
    if (ch === '万' || ch === '亿') {
      const big = ch === '万' ? 10_000 : 100_000_000;
      total += (section + (digit ?? 0)) * big;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

/** One character of a heading's Chinese number (一、 （三） 第十), as a regular-expression class. */
export const CN_NUMERAL = '[一二三四五六七八九十]';
