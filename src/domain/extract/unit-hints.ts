/**
 * Names of units and organisations mentioned in a task (区财政局, 各街道, 区委办, 城投公司), best effort:
 * a name ends with an organisation suffix and starts after punctuation or a function word.
 */
const SUFFIX =
  '(?:管委会|委员会|办公室|办事处|工作站|服务中心|中心|公司|集团|街道|局|委|办|镇|乡|院|厅|署|站|所|队|部|社区|联合会|工商联|团区委|妇联|总工会|人大|政协|法院|检察院)';
const NAME = new RegExp(`[\\u4e00-\\u9fffA-Za-z0-9_×X*]{1,10}?${SUFFIX}(?![\\u4e00-\\u9fff]{0,1}(?:建设|工作|管理|服务|体系|机制|功能|制度|标准))`, 'g');
/** Words that precede a name but are not part of it. */
const LEAD_NOISE = /^(?:.*?(?:由|在|对|把|将|和|与|及|同|会同|配合|牵头|要|的|是|为|按照|围绕|加快|推进|支持|建立|完善|加强|推动|深化|重视))/;
/** Suffixes that, alone or with these words, are not organisations (服务中心工作, 党的中心). */
const NOT_A_UNIT = /^(?:中心|服务中心|.{0,2}为中心|以.+为中心|经济中心|工作中心|国家|党中央|上级部门|有关部门|相关部门|各部门|全局|大局|格局|布局|结局|当局|政治局|一局|开局|.*的局)$/;

/** Extracts unit and organisation names from a task text, without duplicates, in order of appearance. */
export function findUnitHints(text: string): string[] {
  const hints: string[] = [];
  for (const clause of text.split(/[，。；：、（）“”《》\s]/)) {
    for (const m of clause.matchAll(NAME)) {
      const name = m[0].replace(LEAD_NOISE, '');
      if (name.length < 3 || name.length > 14 || NOT_A_UNIT.test(name)) continue;
      if (/局$/.test(name) && !/[区市县省]|[\u4e00-\u9fff]{2,}局$/.test(name)) continue;
      if (!hints.includes(name)) hints.push(name);
    }
  }
  return hints;
}
