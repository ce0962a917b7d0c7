/**
 * A measure opened by the industry it is about (fifteenth pass): 汽车产业加速向新能源转型，…。食品产业突出精深加工，…。
 * 低空经济产业重点推动装备研发… — a report's paragraph runs through its industries, each sentence naming one and
 * going on with a verb, no comma between. Returns the sentence after the industry, for the caller to ask whether a
 * measure verb opens the rest; null when the sentence does not open with a short name ending in 产业 or 行业.
 */
const INDUSTRY = /^[^，。；：、“”,;:\d]{1,8}?(?:产业|行业)(?!的|是|和|与|及|、|集群|规模|产值|增加值|投资)/;

export function afterIndustry(sentence: string): string | null {
  const m = INDUSTRY.exec(sentence);
  return m === null ? null : sentence.slice(m[0].length);
}
