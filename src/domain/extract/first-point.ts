import { findPoints } from './inline-headings.js';

/**
 * The first point of a run written in the middle of a line, after the sentence that announces it, while
 * its siblings each open a paragraph of their own (…下面，我讲三点意见。第一，要巩固扩大成果。…|第二，要…|
 * 第三，要…). The siblings are headings by their place; the first is one too, as a heading of the same
 * rank. It must state a requirement or open with a title sentence, be the only point of its family in its
 * paragraph, and the next paragraph must open with the point numbered two of the same family.
 * Returns paragraph index → offset of the point.
 */
export function findFirstPointsBeforeSiblings(texts: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  texts.forEach((text, index) => {
    const points = findPoints(text);
    const first = points.find((p) => p.n === 1 && p.at > 0 && p.family !== 'dash');
    if (first === undefined || !(first.requirement || first.titled)) return;
    if (points.some((p) => p !== first && p.family === first.family)) return;
    const next = findPoints(texts[index + 1] ?? '')[0];
    if (next?.at === 0 && next.family === first.family && next.n === 2) out.set(index, first.at);
  });
  return out;
}
