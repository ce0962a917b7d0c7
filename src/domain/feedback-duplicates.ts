/**
 * 社情民意 duplicates (issue 17): the same complaint is often sent again — by the same resident after a few days,
 * or by neighbours who copy one text. The office should see that a message repeats an earlier one instead of
 * opening a second case. Nothing is dropped: a likely duplicate is stored and shown, marked, beside its original.
 * Pure: no clock, no database.
 */

/** How alike two messages must be (Dice coefficient of their character pairs) to count as the same. */
export const duplicateSimilarity = 0.85;

/** Messages older than this many days are not compared: a problem raised again after a month is news. */
export const duplicateWindowDays = 30;

/**
 * The text as compared: full-width forms folded to half-width (NFKC), lower case, and everything that is not
 * a letter, a digit or a CJK character removed — so spacing, punctuation and line breaks do not hide a copy.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function pairs(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of the two texts' character pairs (multiset), 0–1; two equal texts are 1. */
export function textSimilarity(a: string, b: string): number {
  const x = comparableText(a);
  const y = comparableText(b);
  if (x === y) return 1;
  const px = pairs(x);
  const py = pairs(y);
  let shared = 0;
  let total = 0;
  for (const n of px.values()) total += n;
  for (const n of py.values()) total += n;
  for (const [pair, n] of px) shared += Math.min(n, py.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

export interface EarlierMessage {
  id: string;
  message: string;
  /** The original this earlier message already repeats, if any: a chain points at its first message. */
  duplicateOf: string | null;
}

/**
 * The original a new message repeats: the most alike earlier message at or above `duplicateSimilarity` (the
 * earliest of equals), followed to the first message of its chain. Null when none is alike enough.
 */
export function likelyOriginal(message: string, earlier: readonly EarlierMessage[]): string | null {
  let best: EarlierMessage | null = null;
  let bestScore = duplicateSimilarity;
  for (const e of earlier) {
    const score = textSimilarity(message, e.message);
    if (score > bestScore || (score === bestScore && best === null)) {
      best = e;
      bestScore = score;
    }
  }
  return best ? (best.duplicateOf ?? best.id) : null;
}
