/**
 * A measure opened by the means it works through (以高新区建设为引领，推进产业转型升级…; 以城镇建设为突破，
 * 统筹城乡协调发展…): 以 + what + 为 + a word of leading, lever or push, then a clause that acts. Such a sentence
 * plans even with no plan word of its own (it reads as neutral otherwise, and a paragraph of them drafted
 * nothing but its one sentence that said 着力), and it opens a task of its own after a sentence end, as a
 * report's measure does. A review section still reads it as review (section-kind.ts decides that).
 */
const MEANS =
  /^以[^，,。；;：:]{2,20}为(?:引领|抓手|突破口?|动力|根本|方式|重点|主线|核心|载体|牵引|支撑|导向|龙头|先导|基础|保障|主攻方向)[，,][^。！？]{0,6}?(?:推进|推动|促进|加快|统筹|深化|实施|建设|打造|提升|培育|做大|做强|壮大|发展|完善|构建|强化|着力|全力|持续|切实|大力|深度|努力|坚持)/;

/** Whether a sentence opens with the means of a measure and then acts (以X为引领，推进…). */
export function opensWithMeans(sentence: string): boolean {
  return MEANS.test(sentence.trim());
}
