import { isCarriedOut } from './implemented-plans.js';

/**
 * Counts that are not targets although they sit in a plan passage: facts about others or about the
 * field (在全省X个城市区中, 入选国家X个试点), places in a ranking (居于前列, 排名第3位), and the numbers of
 * someone else's plan quoted to the audience (省委明确了“一圈一带两区”…, 市委提出建设3个基地).
 */

/** A clause that sets the field of a comparison (在全省X个城市区中…) or reports a selection by others. */
const FACT_CLAUSE =
  /在(全国|全省|全市|全区|省内|市内|同类)[^，。；]{0,14}中|入选|被确定为|获批|居于|居全|排名|排在|前列|名次/;

/** A sentence that quotes a plan made elsewhere (市委明确了…, 市委提出，…): its numbers belong to that plan. */
const QUOTED_PLAN =
  /(中央|国家|省委|市委|省政府|市政府|上级)[^，。；]{0,8}(明确|提出|确定|作出|做出|部署)(了|[，：])/g;

export function isFactClause(clause: string): boolean {
  return FACT_CLAUSE.test(clause);
}

export function quotesOthersPlan(sentence: string): boolean {
  // 认真落实市委决策部署，… names the plan the audience carries out: no quotation (implemented-plans.ts).
  return [...sentence.matchAll(QUOTED_PLAN)].some((m) => !isCarriedOut(sentence, m.index));
}

/**
 * A size class of what is counted (10亿元以上项目3个, 5000万元以上企业20家): the amount with 以上/以下 names the
 * kind of item and the count after it is the target.
 */
export function isSizeClass(raw: string, right: string): boolean {
  return (
    /(以上|以下)$/.test(raw) &&
    /^[\u4e00-\u9fff]{1,8}?(\d|[XＸ*]|[两一二三四五六七八九十]+[个家项所座条])/.test(right)
  );
}
