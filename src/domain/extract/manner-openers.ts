/**
 * A measure opened by how it is done (fifteenth pass): 全链条提升冰雪旅游服务…, 高效办理用地用能用工…, 高质量建设
 * 中试平台…, 精心办好消费季…, 动态发布免申即享事项…, (低空经济产业)重点推动装备研发… — a manner word before the verb. Returns the sentence after
 * it, for the caller to ask whether a measure verb opens the rest; null when no manner word opens the sentence.
 */
const MANNER =
  /^(?:重点|高质量|高水平|高标准|高效|精心|动态|全链条|全方位|全过程|深度|加速|分类|有序|系统|精准)/;

export function afterManner(sentence: string): string | null {
  const m = MANNER.exec(sentence);
  return m === null ? null : sentence.slice(m[0].length);
}
