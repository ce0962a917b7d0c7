/**
 * Names of units and organisations mentioned in a task (区财政局, 清名街道, 区委办, 城投公司), best effort.
 * A name either starts with an administrative level (区/市/县/省) and ends with an organ's suffix, or
 * ends with a suffix that only organisations carry (街道, 公司, 管委会).
 */
const LEVELLED =
  /(?:区|市|县|省)[\u4e00-\u9fff]{0,8}?(?:人大常委会|常委会|委员会|管委会|办公室|办事处|检察院|法院|政协|总工会|妇联|团委|联合会|中心|公司|集团|局|委|办|院|厅|(?<!干)部(?![署分门位])|所|站|队)(?![\u4e00-\u9fff]?[长员])/g;
const SUFFIXED =
  /[\u4e00-\u9fffA-Za-z0-9×X_]{2,6}?(?:街道办事处|街道|管委会|有限公司|公司|集团|社居委|居委会|村委会)/g;
const GENERIC = /各(?:街道|镇|乡|部门|单位|社区)/g;
/** Words that run into a name from the left but are not part of it (加快清名街道 → 清名街道). */
const LEAD_NOISE =
  /^(?:.*?(?:由|在|对|把|将|和|与|及其|及|同|会同|配合|牵头|要|的|是|为|按照|围绕|加快|推进|支持|建立|完善|加强|推动|深化|重视|启动|依托|组织|召开|通过|实现|我区|全区|本区|及其))/;
/** Level-led words that are not organisations: 区位, 市场, 区域, 市区…, and 城区/全区 fragments. */
const NOT_A_UNIT =
  /^(?:区位|区域|区间|市场|市区|市民|区街|省市|市县|县区)|^区[\u4e00-\u9fff]?级|[布格大全开结变时当战政]局$/;

/** Extracts unit and organisation names from a task text, without duplicates, in order of appearance. */
export function findUnitHints(text: string): string[] {
  const hints: string[] = [];
  const add = (raw: string): void => {
    const name = raw.replace(LEAD_NOISE, '');
    if (name.length < 2 || name.length > 14 || NOT_A_UNIT.test(name)) return;
    if (!hints.includes(name)) hints.push(name);
  };
  for (const clause of text.split(/[，。；：、（）“”《》\s]/)) {
    for (const m of clause.matchAll(LEVELLED)) {
      const before = clause[(m.index ?? 0) - 1] ?? '';
      // 全区, 城区, 辖区, 社区 end a word: the match then starts inside another word.
      if (/[全城辖社园景街郊山湖开]/.test(before)) continue;
      add(m[0]);
    }
    for (const m of clause.matchAll(SUFFIXED)) add(m[0]);
    for (const m of clause.matchAll(GENERIC)) add(m[0]);
  }
  return hints;
}
