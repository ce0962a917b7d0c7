/**
 * A report's measure opened by a word of manner before its verb (精准落实…, 迭代实施…, 一体布局…, 科学安排…,
 * 创新发展…, 充分发挥…, 全链条提升…, 高效办理…, 高质量建设…, (低空经济产业)重点推动…), by a verb of renewal the verb
 * lists lack (升级, 激活, 打通, 提质扩容, 新改建), or by a quoted slogan before its verb (“一链一策”推动…,
 * “引培留用”并举打造…): a measure of its own, like one opened by 推进. Found by two passes at once (the fifteenth and
 * sixteenth), merged here so the manner words are one list.
 * `opensVerb` is the test of the plain openings (report-measures.ts), applied to what follows the manner or the slogan.
 */
const MANNER =
  /^(?:精准|迭代|一体|整合|科学|创新|充分|系统|协同|分类|有序|高效|集中|主动|全链条|全方位|全过程|多渠道|重点|高质量|高水平|高标准|精心|动态|深度|加速)/;
const RENEWAL = /^(?:升级|激活|打通|提质|新改建|改扩建|新改扩建|安排)/;
/** A quoted slogan of a few characters, then a verb (not a quotation that opens a definition: “…”是…). */
const SLOGAN = /^“[^”]{2,12}”(?:并举)?/;

/** The sentence after its opening manner word (高效办理… → 办理…); null when no manner word opens it. */
export function afterManner(sentence: string): string | null {
  const m = MANNER.exec(sentence);
  return m === null ? null : sentence.slice(m[0].length);
}

export function opensMannerMeasure(sentence: string, opensVerb: (s: string) => boolean): boolean {
  const opens = (s: string): boolean => RENEWAL.test(s) || opensVerb(s);
  const rest = sentence.replace(SLOGAN, '');
  if (rest !== sentence && opens(rest)) return true;
  const after = afterManner(rest);
  // Two manner words may stand before the verb (高效精准落实…).
  if (after !== null && (opens(after) || opens(afterManner(after) ?? ''))) return true;
  return RENEWAL.test(rest);
}
