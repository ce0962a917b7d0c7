/**
 * A sentence that says how the targets just stated will be reached (为实现上述目标，…一是聚焦产业提质…；二是…,
 * 为完成全年目标，…) plans, even when its measures use no plan word.
 */
const MEANS =
  /^(?:为了?|围绕)(?:实现|完成|确保|达到|达成)?(?:上述|以上|这些|这一|这个|今年的?|全年的?)[^，。！？；]{0,8}目标/;

export function pursuesStatedTargets(sentence: string): boolean {
  return MEANS.test(sentence);
}
