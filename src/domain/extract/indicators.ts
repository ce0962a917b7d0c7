import { conjunctionNounOpening } from './conjunction-nouns.js';
import { listOrVerbIndicator } from './list-indicators.js';
import { readModifiedNoun } from './modified-nouns.js';

/**
 * Naming what a number measures: the indicator is named before the number (城镇新增就业1.2万人) or
 * after it (培育2—3家上市企业); a verb before the number joins the noun after it (改造X个老旧小区).
 */

/** Scope words and modals that open a clause but are not part of an indicator. */
const LEADING_NOISE =
  /^(?:——|—|-|其中|同时|并且?|包括|全年|全区|全市|全县|全镇|本区|我区|今年|明年|新的一年|年内|年底前|到20\d{2}年(?:底|末)?|20\d{2}年(?:底|末)?(?:前)?|力争|争取|确保|要|将|计划|努力|继续|进一步|重点|全力|积极|大力|切实|着力|围绕|共|累计|再|还|总共)+/;
/** Time limits are the target's deadline, not part of its indicator (5年内建成… → 建成…). */
const DEADLINE_WORDS =
  /^(?:(?:到|在)?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:内|之内|时间)|(?:未来|今后)(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末)?(?:前|之前))+/;
const MODALS = /力争|争取|确保|务必|必须|努力|计划|(?<![重主需必只纲提摘概])要(?![求素点])|将(?![来军])/g;
/** Comparators and link verbs between an indicator and its number. */
const TRAILING_LINK =
  /(?:达到|达|超过|突破|不少于|不低于|不超过|不高于|控制在|保持在|稳定在|提高到|提升到|增加到|增至|提高至|提升至|降低到|降至|下降到|压减到|为|在|约|近|至少|以上|分别)+$/;
/** Verbs that take the number as object: their indicator is verb + the noun after the number. */
const OBJECT_VERB =
  /(?:完成|启动|新建|建成|建设|改造|培育|引进|招引|打造|创建|争创|创成|实施|开工|新开工|竣工|新增|整治|治理|组建|设立|成立|举办|培训|招聘|安置|帮扶|签约|落地|推动|推进|申报|认定|扶持|吸纳|带动|解决|发放|投入|开通|加快|加强|提升|提供|建立|打通|新改建|改建|扩建|新培育|新引进|创造|转移|争取|实现|收储|出让|挂牌|供应|腾退|拆除|回收|培养|选派|储备|服务|覆盖|接待|种植|造林|植树|修复|铺设|敷设|新装|安装|配备|建设完成)$/;
const CONJUNCTION_END = /[和及与、或]$/;

/** The noun phrase that follows a number, up to a clause break, a conjunction or 的. */
export function readNounAfter(text: string): string {
  // 1000个和美乡村: a noun whose first character is also a conjunction (conjunction-nouns.ts).
  const opening = conjunctionNounOpening(text);
  const m = /^[^，。；：、（）和及与或的]*/.exec(text.slice(opening));
  let noun = text.slice(0, opening) + (m?.[0] ?? '').replace(/^(将|要|的|左右|以上|以内)+/, '');
  noun = noun.replace(/(的目标|目标|任务|以上|左右)$/, '');
  return noun.slice(0, 24);
}

export interface IndicatorInput {
  /** Clause text before the number (from the clause start or the previous quantity). */
  left: string;
  /** Clause text after the number. */
  right: string;
  previousIndicator: string | null;
  previousVerb: string | null;
}

export interface IndicatorResult {
  indicator: string;
  verb: string | null;
}

/** Builds the indicator of a number from the words around it in its clause. */
export function buildIndicator(input: IndicatorInput): IndicatorResult {
  let left = input.left.replace(MODALS, '');
  left = left.replace(DEADLINE_WORDS, '').replace(LEADING_NOISE, '');
  left = left.replace(TRAILING_LINK, '');
  // 40个吸引力强、带动面广的消费场景: the noun after the modifiers' 的 (modified-nouns.ts).
  const noun = readModifiedNoun(input.right) ?? readNounAfter(input.right);
  if (CONJUNCTION_END.test(left) || left.length === 0) {
    // 完成20条背街小巷和13条小河浜: after a conjunction the second number shares the first one's verb.
    const verb = left.length > 0 ? input.previousVerb : null;
    if (noun.length > 0) return { indicator: (verb ?? '') + noun, verb };
    return { indicator: input.previousIndicator ?? '', verb };
  }
  // 开展甲河和乙沟等8条河流, 抓好300个重点项目: the noun after the count names it (list-indicators.ts).
  const listed = listOrVerbIndicator(left, noun);
  if (listed !== null) return { indicator: listed, verb: null };
  const verb = OBJECT_VERB.exec(left);
  if (verb !== null) {
    const lead = left.length > 16 ? left.slice(-16) : left;
    return { indicator: lead + noun, verb: verb[0] };
  }
  const tail = left.length > 24 ? left.slice(-24) : left;
  return { indicator: tail, verb: null };
}

/** A rate or share whose % was dropped (比重超过46, 出勤率要达到90以上, 增长16) means a percentage. */
export function isRateContext(left: string): boolean {
  return /率|比重|比例|占比|份额|增长|增速|增幅|提高|提升|下降|降低|上升|减少|回落/.test(left);
}

/** A verb of change with nothing to say what changes (年内净增30家): it changes the thing counted before. */
const BARE_CHANGE = /^(?:净增|净增加|新增|增加|再增加|再增|增长|净减|减少|提高|降低)$/;
/** Verbs of having that open a statement of what exists (全区现有高新技术企业212家). */
const STATE_VERB = /^.*?(?:现有|拥有|共有|辖有|下辖|有)/;

/** What a number counts, from the words around it: the noun after it, else the noun before it. */
export function countedNoun(left: string, right: string): string {
  const after = readNounAfter(right);
  if (after.length > 0) return after;
  return left.replace(STATE_VERB, '').replace(LEADING_NOISE, '').replace(TRAILING_LINK, '').slice(-16);
}

/** 净增 alone names no indicator: it borrows the noun counted before it in the sentence (高新技术企业净增). */
export function completeBareChange(indicator: string, previousNoun: string | null): string {
  return BARE_CHANGE.test(indicator) && previousNoun !== null && previousNoun.length > 0
    ? previousNoun + indicator
    : indicator;
}
