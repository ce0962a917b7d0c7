/** A span of text with its start offset in the paragraph it comes from. */
export interface Span {
  text: string;
  start: number;
}

/**
 * Splits a paragraph into sentences at 。！？ (and ；, which in official prose ends a directive
 * as often as 。 does), keeping closing quotes and brackets with their sentence.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const out: Span[] = [];
  const re = /[^。！？；…]+(?:[。！？；…]+[”’」』）]*)?/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    out.push({ text: trimmed, start: offset + (m.index ?? 0) + lead });
  }
  return out;
}

/**
 * Enumerators inside a paragraph: 一是… 二是…, 一要… 二要…, （1）…, ①…, ——…, each after a sentence end or a
 * colon. Items enumerated inside one sentence (要建成医院，首先，完成主体工程；其次，…；最后，…。) are the steps
 * of that sentence's task, not tasks of their own: a ； does not start an item (a 要 still opens a task).
 */
const ENUMERATOR =
  /(?:^|(?<=[。！？：]))\s*(?:[一二三四五六七八九十]{1,2}(?:是|要(?=[^求素点]))|（\d{1,2}）|[①-⑳]|——|第[一二三四五六七八九十]{1,2}[，、]|首先[，、]|其次[，、]|再次[，、]|最后[，、])/g;

/**
 * Splits a paragraph body into items at its enumerators (一是… 二是…); the text before the first
 * enumerator is an item of its own. Each item is a candidate task.
 */
export function splitItems(text: string, offset = 0): Span[] {
  const starts = [0];
  for (const m of text.matchAll(ENUMERATOR)) {
    const at = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    if (at > 0 && !listsInsideSentence(text, at)) starts.push(at);
  }
  const out: Span[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const piece = text.slice(start, end);
    if (piece.trim().length > 0) out.push({ text: piece, start: offset + start });
  });
  return out;
}

/**
 * Whether the enumerator at `at` follows a colon and its items run on inside one sentence (要把握好三个方
 * 面：一是坚持稳中求进，二是坚持改革创新，三是…。): the list belongs to the sentence that announces it.
 */
function listsInsideSentence(text: string, at: number): boolean {
  if (!/[：:]\s*$/.test(text.slice(0, at))) return false;
  const end = text.slice(at).search(/[。！？]/);
  const sentence = text.slice(at, end < 0 ? text.length : at + end);
  return /[，,、]\s*(?:[一二三四五六七八九十]{1,2}(?:是|要)|第[一二三四五六七八九十]{1,2}[，、]|其次|（\d{1,2}）|[②-⑳])/.test(
    sentence,
  );
}

/** Splits a sentence into clauses at ，；： and brackets, which bound a quantity's indicator. */
export function splitClauses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^，；：。！？（）]+/g)) {
    out.push({ text: m[0], start: m.index ?? 0 });
  }
  return out;
}
