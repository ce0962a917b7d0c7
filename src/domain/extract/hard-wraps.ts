/**
 * Hard wraps of a PDF copy: the text comes cut into lines of one width (30–40 characters), whatever the
 * sentences. A line as long as that width was cut by the layout, not ended by the writer — even when it
 * ends at a comma, a semicolon or looks like a numbered heading.
 */

/** Lines shorter than this are never counted: headings, dates and page numbers. */
const MIN_WIDTH = 16;

/**
 * The width the document was wrapped at, or null when it was not: the commonest line length (±1) among
 * the longer lines, when at least half of them share it and there are enough of them to tell.
 */
export function findWrapWidth(lengths: readonly number[]): number | null {
  const long = lengths.filter((n) => n >= MIN_WIDTH);
  if (long.length < 6) return null;
  const counts = new Map<number, number>();
  for (const n of long) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  // Candidates between two present lengths count too: a PDF copy gives lines of the width and, where a
  // paragraph opens with its two-character indent trimmed, two shorter (31 and 29: the width is 30±1).
  const candidates = new Set([...counts.keys()].flatMap((n) => [n - 1, n, n + 1]));
  for (const n of candidates) {
    const near = (counts.get(n - 1) ?? 0) + (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0);
    if (near > bestCount || (near === bestCount && n > best)) {
      best = n;
      bestCount = near;
    }
  }
  return bestCount * 2 >= long.length ? best + 1 : null;
}

/** Whether a line of a document wrapped at `width` was cut by the wrap (it fills the line). */
export function isWrappedLine(length: number, width: number | null): boolean {
  return width !== null && length >= width - 2;
}
