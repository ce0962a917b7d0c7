/**
 * A report's measure opened by a word of manner before its verb (精准落实…, 迭代实施…, 一体布局…, 科学安排…,
 * 创新发展…, 充分发挥…), by a verb of renewal the verb lists lack (升级, 激活, 打通, 提质扩容, 新改建), or by a quoted
 * slogan before its verb (“一链一策”推动…, “引培留用”并举打造…): a measure of its own, like one opened by 推进.
 * `opensVerb` is the test of the plain openings (report-measures.ts), applied to what follows the manner or the slogan.
 */
const MANNER =
  /^(?:精准|迭代|一体|整合|科学|创新|充分|系统|协同|分类|有序|高效|集中|主动|全链条|全方位|多渠道)/;
const RENEWAL = /^(?:升级|激活|打通|提质|新改建|改扩建|新改扩建|安排)/;
/** A quoted slogan of a few characters, then a verb (not a quotation that opens a definition: “…”是…). */
const SLOGAN = /^“[^”]{2,12}”(?:并举)?/;

export function opensMannerMeasure(sentence: string, opensVerb: (s: string) => boolean): boolean {
  const opens = (s: string): boolean => RENEWAL.test(s) || opensVerb(s);
  const rest = sentence.replace(SLOGAN, '');
  if (rest !== sentence && opens(rest)) return true;
  const manner = MANNER.exec(rest);
  if (manner !== null && opens(rest.slice(manner[0].length))) return true;
  return RENEWAL.test(rest);
}
