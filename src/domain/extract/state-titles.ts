/**
 * A title that names its topic first and ends with how it went (项目建设有序推进, 三大攻坚战加快实施, 经济实力不断
 * 增强) states a result, the way a review titles its points; a plan's title leads with the verb (加快推进项目建设,
 * 全力实施三大攻坚战). Such a title weighs as a review's, not as a plan's, in its section's kind.
 */
const STATE_TITLE =
  /^[\u4e00-\u9fff“”]{2,12}?(?:有序|加快|扎实|稳步|持续|全面|深入|不断|积极|快速|顺利|明显|大幅|成效)(?:推进|实施|发展|提升|增强|推动|落实|改善|加强|优化|提高)$/;
const LEADS_WITH_VERB =
  /^(?:加快|推进|实施|全力|扎实|持续|全面|深入|着力|大力|积极|坚持|强化|推动|抓好|狠抓)/;

export function statesResult(title: string): boolean {
  const text = title.replace(/[。，；\s]+$/, '');
  return STATE_TITLE.test(text) && !LEADS_WITH_VERB.test(text);
}
