import { MUST } from './directive-words.js';
import { afterIndustry } from './industry-openers.js';
import { opensMannerMeasure } from './manner-openings.js';
import { opensMoreMeasures } from './measure-verbs.js';
import { opensPlanVerb } from './plan-verbs.js';

/**
 * In the style of a government work report — an item with no 要, 必须 or 务必 anywhere — each sentence that
 * opens with a verb of action states a measure of its own (（一）扩大有效投资。全年实施重点项目XX个，完成投资
 * XXX亿元。加快推进**大道改造工程，年底前建成通车。 → two tasks; also after a date: 6月底前完成…). A speech's item, which directs with 要,
 * keeps its sentences together: there the sentences after the directive explain it.
 */
const ACTION_OPENING =
  /^(?:全年|年内|年底前|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)?前)?(?:加快|推进|实施|新建|建成|建设|完成|开展|启动|深化|推动|加强|打造|培育|新增|改造|提升|优化|落实|扩大|支持|引进|组织|举办|开工|整治|持续|全面|大力|积极|着力|稳步|深入|坚持|力争|确保|健全|完善|强化|构建|统筹|促进|壮大|全力以赴|盘活|腾退|抢抓|招引|紧盯|围绕|新认定|新培育|新引进|新开工|重点(?:实施|推进|抓好|打造|建设|发展))/;

export function isReportStyle(itemText: string): boolean {
  return !MUST.test(itemText);
}

export function opensMeasure(sentence: string): boolean {
  // 汽车产业加速向…: the industry a sentence is about may stand before its verb (industry-openers.ts).
  const rest = afterIndustry(sentence);
  if (rest !== null && rest.length > 0 && opensPlainOrManner(rest)) return true;
  return opensPlainOrManner(sentence);
}

/** 精准落实…, 高效办理…, “一链一策”推动…: a manner word or a slogan before the verb (manner-openings.ts). */
function opensPlainOrManner(text: string): boolean {
  return opensWithVerb(text) || opensMannerMeasure(text, opensWithVerb);
}

/** 做好…, 发展…, 提高…, 鼓励…, 拆除…: the other verbs of a report's measures (measure-verbs.ts, plan-verbs.ts). */
function opensWithVerb(text: string): boolean {
  return ACTION_OPENING.test(text) || opensMoreMeasures(text) || opensPlanVerb(text);
}
