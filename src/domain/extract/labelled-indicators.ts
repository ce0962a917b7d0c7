/**
 * A list line that names its indicator in a label before a colon (人均地区生产总值：增长6%左右, 高新技术企业数：
 * 新增10家以上, 战略新兴产业产值：产值增长16%): the words after the colon say only how it changes, so the label
 * is what the target measures. A label is 2 to 20 characters with no clause break, at the start of the
 * sentence; it is used only when the target's own words name nothing but a change.
 */
const LABEL = /^\s*([\u4e00-\u9fff“”、A-Za-z0-9]{2,20})[：:]/;
const ONLY_A_CHANGE =
  /^(?:[\u4e00-\u9fff]{0,2}?)(?:增长|增速|增幅|新增|净增|增加|提高|提升|下降|降低|减少|达到|达|突破|超过|控制在|保持在?|实现|完成)$/;

export function labelOf(sentence: string): string | null {
  return LABEL.exec(sentence)?.[1] ?? null;
}

/** The indicator with the sentence's label before it, when the indicator names only a change. */
export function withLabel(indicator: string, label: string | null, at: number): string {
  if (label === null || at <= label.length) return indicator;
  return ONLY_A_CHANGE.test(indicator) ? label + indicator : indicator;
}

/**
 * A count of indicators (32项县域经济考核指标, 8项区人代会考核指标设置情况, 15项指标由市统一下达) counts the
 * document's own list, never a target.
 */
export function countsIndicators(unit: string, right: string): boolean {
  return /^(?:项|个|大)$/.test(unit) && /^[\u4e00-\u9fff]{0,12}?指标/.test(right);
}
