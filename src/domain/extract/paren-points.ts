/**
 * A （1） point in the middle of a line: a heading of the lowest level when a paragraph break was lost before
 * it (…新建冷库3座。（2）提升集镇品质…, or right after a subsection's unpunctuated title: （二）推进乡村建设
 * （1）改善人居环境。…), but an enumeration when it follows a clause, a colon or an item ending in ；
 * (主要有：（1）…；（2）…；（3）…。). Taken only after a sentence end or a title, and when the next point of the
 * run does not follow a ；. The caller still takes it only in sequence (HeadingSequence).
 */
export function opensParenPoint(text: string, at: number): boolean {
  if (/[；;：:，,、]/.test(text[at - 1] ?? '')) return false;
  const n = /^[（(](\d{1,2})[）)]/.exec(text.slice(at));
  if (n === null) return false;
  const next = new RegExp(`[（(]${String(Number(n[1]) + 1)}[）)]`).exec(text.slice(at + n[0].length));
  if (next === null) return true;
  const before = text[at + n[0].length + next.index - 1] ?? '';
  return !/[；;，,：:]/.test(before);
}
