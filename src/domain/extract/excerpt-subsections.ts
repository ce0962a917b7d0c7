import { CN_NUMERAL } from './chinese-numerals.js';
/**
 * The subsections of an excerpt that begins inside a part (a page 3 starting in its （二）), their line breaks
 * lost: …确保重大项目按期建成投产。（三）持续保障和改善民生新增学位1万个…。（四）扎实推进乡村全面振兴稳定粮食…
 * The first （三） continues no numbering seen, so none of them was taken. A （N） with N of 2 or more is taken
 * as the first subsection seen when it follows a sentence end, its title does not end within four characters,
 * and the next number （N+1） follows a sentence end later in the line — a run of two in order. A （N） after a
 * colon or a semicolon (…包括：（二）…；（三）…) enumerates inside a sentence and is left alone.
 */
const CN = CN_NUMERAL;
const AFTER_SENTENCE = /[。！？!?]$/;
/** How far the next subsection may stand: a subsection's body of several measures. */
const REACH = 1500;

const parenMarker = (n: string): RegExp => new RegExp(`(?<=[。！？!?])[（(]${n}[）)]`);

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1–99 in Chinese numerals, as subsection markers write them (十一, 二十). */
function numeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? '';
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[ones] ?? ''}`;
}

export function opensExcerptSubsections(text: string, at: number, markerLength: number, n: number): boolean {
  if (n < 2 || !AFTER_SENTENCE.test(text.slice(0, at))) return false;
  const after = text.slice(at + markerLength, at + markerLength + REACH);
  if (/[。！？；;]/.test(after.slice(0, 4))) return false;
  const next = parenMarker(numeral(n + 1)).exec(after);
  if (next === null) return false;
  // No lower （N） of the run between them: the run goes on in order.
  return !new RegExp(`[（(]${CN}{1,3}[）)]`).test(after.slice(0, next.index));
}
