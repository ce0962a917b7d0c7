import { durationTargetUnit } from './durations.js';
import { parseChineseNumeral } from './chinese-numerals.js';
import { maskBasisNotes } from './basis-notes.js';
import { CONCENTRATION_UNITS } from './concentration-units.js';
import type { Comparator } from './types.js';
import { readUnitRangeEnd } from './unit-ranges.js';

/** A number with its unit as written in a sentence, before deciding whether it is a target. */
export interface Quantity {
  value: number | null;
  valueMax: number | null;
  placeholder: boolean;
  /** Unit as written (万人, 个, %); '' when the text gives none. */
  unit: string;
  comparator: Comparator;
  raw: string;
  start: number;
  end: number;
  /** 140多亿元, 近600名, 约3万人: a reported figure, rarely a target. */
  isApproximate: boolean;
  isChineseNumeral: boolean;
}

/** Counting words and units of measure that make a number a countable quantity. */
const BASE_UNITS = [
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '公顷',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '公里',
  '千米',
  '米',
  '万亩',
  '亩',
  '吨',
  '斤',
  '美元',
  '元',
  '人次',
  '人',
  '名',
  '位',
  '户',
  '家',
  '个',
  '所',
  '座',
  '条',
  '项',
  '件',
  '处',
  '套',
  '台',
  '辆',
  '艘',
  '张',
  '床',
  '间',
  '栋',
  '幢',
  '宗',
  '笔',
  '场',
  '篇',
  '部',
  '支',
  '只',
  '株',
  '棵',
  '头',
  '倍',
  '次',
  '批',
  '类',
  '种',
  '门',
  '块',
  '片',
  '园',
  '村',
  '镇',
  '班',
  '期',
  '床位',
  '标准箱',
  '微克/立方米',
  '毫克/升',
  '微克',
  '毫克',
  '辆次',
  '架次',
  '千克',
  '公斤',
  'km',
  'kW',
  'MW',
  ...CONCENTRATION_UNITS,
].sort((a, b) => b.length - a.length);
const PERCENT = ['个百分点', '百分点', '%', '‰'];
/** Units of time and of specification: a number with them is a period, a date or a spec, not a target. */
const TIME_UNITS = [
  '个月',
  '个工作日',
  '季度',
  '年',
  '月',
  '日',
  '天',
  '周',
  '小时',
  '分钟',
  '秒',
  '岁',
  '周年',
];
const SPEC_UNITS = ['千伏', 'kV', '伏', '兆帕', '车道', '层', '级', '星级', '寸', '吨级', '位数'];
/** Chinese numerals count only real things: these units never make 一个/两个 a target. */
// 一支队伍 and 一位同志 are idioms, so 支 and 位 are left out.
const CHINESE_COUNT_UNITS = new Set([
  '个',
  '家',
  '所',
  '座',
  '条',
  '项',
  '处',
  '名',
  '户',
  '套',
  '万人',
  '万亩',
]);
/** Vague measure words: 一批, 一类 are not quantities. */
const VAGUE_UNITS = new Set(['批', '类', '种', '些', '系列']);

const NUMBER_START =
  /\d+(?:,\d{3})*(?:\.\d+)?|(?<![A-Za-z])(?:XX|[Xx×*]{1,3})(?![A-Za-z])|[一二两三四五六七八九十百千零〇]+/gy;
const NUMBER_ANYWHERE =
  /\d+(?:,\d{3})*(?:\.\d+)?|(?<![A-Za-z])(?:XX|[Xx×*]{1,3})(?![A-Za-z])|[一二两三四五六七八九十百千零〇]+/g;

/** Verbs of making or reaching something: 建成两个…, 培育三家… — the only place a Chinese numeral is a target. */
const CREATE_VERB =
  /(建成|新建|建设|打造|培育|创建|争创|创成|启动|完成|新增|引进|招引|改造|开工|组建|设立|成立|实施|新培育|新引进|新开工|落地|推出|认定|申报|建好|办好|举办|新开|开通)$/;
/** Nouns after 一个 that are abstract (一个时期, 一个目标, 一个声音), not things to build. */
const ABSTRACT_NOUN =
  /^(时期|阶段|方面|目标|声音|整体|过程|问题|中心|基本点|重点|环节|脚印|节点|台阶|整体|样|样子|月|年|星期|平台)/;

function startsWithAny(text: string, at: number, list: readonly string[]): string {
  for (const word of list) if (text.startsWith(word, at)) return word;
  return '';
}

/** Marks the characters inside quotation marks and book-title marks: numbers there are names. */
export function maskQuoted(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const m of text.matchAll(
    /“[^“”]{0,40}”|《[^《》]{0,80}》|「[^「」]{0,40}」|‘[^‘’]{0,40}’|"[^"]{0,40}"/g,
  )) {
    const start = m.index ?? 0;
    for (let i = start; i < start + m[0].length; i++) mask[i] = true;
  }
  return mask;
}

function parseNumber(token: string): { value: number | null; placeholder: boolean; chinese: boolean } {
  if (/^\d/.test(token))
    return { value: Number(token.replace(/,/g, '')), placeholder: false, chinese: false };
  if (/^(XX|[Xx×*]{1,3})$/.test(token)) return { value: null, placeholder: true, chinese: false };
  return { value: parseChineseNumeral(token), placeholder: false, chinese: true };
}

function readToken(text: string, at: number): string {
  NUMBER_START.lastIndex = at;
  const m = NUMBER_START.exec(text);
  return m === null ? '' : m[0];
}

/**
 * Finds the quantities of a sentence (50家以上, 2—3所, 1.2万人, 80万平方米, 100%, X个, 两个) and drops the
 * numbers that are never targets: ordinals (第五届), years and periods (2024年, 3年), specifications
 * (110千伏, 10分钟), names in quotes ("三个一批"), enumerators (一是) and bare numbers in running text.
 */
export function findQuantities(sentence: string): Quantity[] {
  const quoted = maskQuoted(sentence);
  // （依据…，高于省、市7.5%平均水平）: figures in a note on the basis of a target are not targets.
  const basis = maskBasisNotes(sentence);
  const out: Quantity[] = [];
  NUMBER_ANYWHERE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_ANYWHERE.exec(sentence)) !== null) {
    const start = m.index;
    const parsed = readQuantityAt(sentence, start, m[0]);
    if (parsed === null) continue;
    NUMBER_ANYWHERE.lastIndex = Math.max(parsed.end, start + m[0].length);
    if (quoted[start] === true || basis[start] === true) continue;
    const before = sentence[start - 1] ?? '';
    if (before === '第' || before === '首' || /[A-Za-z.]/.test(before)) continue;
    if (parsed.isChineseNumeral && !isChineseTarget(sentence, parsed)) continue;
    out.push(parsed);
  }
  return out;
}

function isChineseTarget(sentence: string, q: Quantity): boolean {
  if (!CHINESE_COUNT_UNITS.has(q.unit)) return false;
  const after = sentence.slice(q.end);
  if (/^[一二两三四五六七八九十“"《「]/.test(after) || ABSTRACT_NOUN.test(after)) return false;
  return CREATE_VERB.test(sentence.slice(Math.max(0, q.start - 6), q.start).replace(/[要再新共]+$/, ''));
}

function readQuantityAt(text: string, start: number, token: string): Quantity | null {
  const first = parseNumber(token);
  if (first.chinese && first.value === null) return null;
  let at = start + token.length;
  let isApproximate = /[近约]$/.test(text.slice(Math.max(0, start - 1), start));
  let valueMax: number | null = null;
  // 70多万平方米 and 2万多人: 多/余 may stand before or after the multiplier.
  if (text.startsWith('多', at) || text.startsWith('余', at)) {
    isApproximate = true;
    at += 1;
  }
  let multiplier = startsWithAny(text, at, ['万亿', '万', '亿']);
  at += multiplier.length;
  // A range: 2—3所, 1-2个, 10至20家, 2万—3万人.
  const sep = /^\s*(——|[-—–~至到])\s*/.exec(text.slice(at, at + 4));
  if (sep !== null) {
    const secondToken = readToken(text, at + sep[0].length);
    const second = secondToken === '' ? null : parseNumber(secondToken);
    if (second !== null && second.chinese === first.chinese && second.placeholder === first.placeholder) {
      valueMax = second.value;
      at += sep[0].length + secondToken.length;
      const secondMultiplier = startsWithAny(text, at, ['万亿', '万', '亿']);
      if (secondMultiplier !== '') multiplier = secondMultiplier;
      at += secondMultiplier.length;
    }
  }
  if (text.startsWith('多', at) || text.startsWith('余', at)) {
    isApproximate = true;
    at += 1;
  }
  const timeUnit = startsWithAny(text, at, TIME_UNITS);
  // 压缩至1天以内: a time limit is the target itself (durations.ts); other time units are periods or dates.
  const duration = durationTargetUnit(text.slice(Math.max(0, start - 4), start), timeUnit);
  if ((timeUnit !== '' && duration === '') || startsWithAny(text, at, SPEC_UNITS) !== '') return null;
  if (first.chinese && token.length > 1 && !/[十百千]/.test(token)) {
    // 五五普法, 一二三四五: runs of digits written in Chinese are names, not numbers.
    return null;
  }
  const percent = startsWithAny(text, at, PERCENT);
  const base = percent !== '' ? '' : duration !== '' ? duration : startsWithAny(text, at, BASE_UNITS);
  if (VAGUE_UNITS.has(base)) return null;
  at += percent.length + base.length;
  let unit = multiplier + (percent !== '' ? percent : base);
  if (unit === '' && (first.placeholder || first.chinese)) return null;
  if (
    base === '次' &&
    /^[\u4e00-\u9fff]/.test(text.slice(at)) &&
    !/^(以上|以下|以内|左右|的)/.test(text.slice(at))
  ) {
    return null; // 二次全委会议, 一次交流会: an ordinal or a frequency, not a quantity
  }
  if (
    unit === '' &&
    /^[\u4e00-\u9fffA-Za-z]/.test(text.slice(at)) &&
    !/^(以上|以下|以内|左右|的|和|或|及)/.test(text.slice(at))
  ) {
    return null; // a bare number glued to a word (5G, 3D打印) is a name
  }
  if (multiplier !== '' && percent === '' && base === '') unit = multiplier;
  // 4.5%—5%: a range whose unit stands on both ends (unit-ranges.ts).
  const rangeEnd = valueMax === null ? readUnitRangeEnd(text.slice(at), unit) : null;
  if (rangeEnd !== null) {
    valueMax = rangeEnd.valueMax;
    at += rangeEnd.length;
  }
  const suffix = /^(及以上|以上|以内|以下|左右|之内|多|余)/.exec(text.slice(at));
  if (suffix !== null) {
    at += suffix[0].length;
    if (suffix[0] === '多' || suffix[0] === '余') isApproximate = true;
  }
  return {
    value: first.value,
    valueMax,
    placeholder: first.placeholder,
    unit,
    comparator: decideComparator(
      text.slice(Math.max(0, start - 6), start),
      suffix?.[0] ?? '',
      valueMax !== null,
    ),
    raw: text.slice(start, at),
    start,
    end: at,
    isApproximate,
    isChineseNumeral: first.chinese,
  };
}

function decideComparator(before: string, suffix: string, isRange: boolean): Comparator {
  if (isRange) return 'range';
  if (/以上|多|余/.test(suffix)) return '>=';
  if (/以内|以下|之内/.test(suffix)) return '<=';
  if (/(不超过|不高于|控制在|低于|少于|小于|压减到|降低到|降至|下降到)$/.test(before)) return '<=';
  if (/(超过|突破|不少于|不低于|至少|高于|大于|达到以上)$/.test(before)) return '>=';
  return '=';
}
