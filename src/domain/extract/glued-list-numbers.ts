/**
 * A list of numbered lines pasted without their line breaks (…主要预期目标1.努力实现地区生产总值增长6.2%左右。
 * 牵头单位：区发改局责任单位：…各专班2.规模上工业增加值增长5%左右。…): the first number may be taken as a heading
 * right after its parent's unpunctuated title, but its siblings, glued to the unpunctuated lines before them,
 * are not — one lone subsection would hold the whole list. When the next number of the same family stands
 * later in the line glued to text without a sentence end, the first is an item of that list as well, as it
 * is when the lines are kept — unless a higher heading stands between them ((二)产业转型扎实推进5.高端项目…, numbers
 * carried on across parents). Returns whether the marker at `at` (N. or N、) is so followed.
 */
const GLUED_NEXT = (n: number): RegExp =>
  new RegExp(`(?<![。！？；：:;!?\\d.．、\\s])${n}[.．、](?=[\\u4e00-\\u9fff“《])`);
/** How far the next item may stand: a numbered line and the notes under it. */
const REACH = 400;

/** A higher heading between the two: the next number is carried on under a new parent (continued-numbers.ts). */
const PARENT = /[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、/;

export function isGluedListNumber(text: string, at: number, n: number, markerLength: number): boolean {
  const after = text.slice(at + markerLength, at + markerLength + REACH);
  const next = GLUED_NEXT(n + 1).exec(after);
  return next !== null && !PARENT.test(after.slice(0, next.index));
}
