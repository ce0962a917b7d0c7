import { CN_NUMERAL } from './chinese-numerals.js';
import { bulletTitle } from './bullets.js';
import { isPartTitle } from './part-titles.js';
import { leadSentenceTitleLength } from './lead-sentence-titles.js';

/** Numbering styles of Chinese official documents, in their usual order of rank. */
export type HeadingStyle =
  | 'part' // 第一部分 / 第一章 / 第一个问题
  | 'cn' // 一、
  | 'paren-cn' // （一）
  | 'ordinal' // 第一，
  | 'arabic' // 1、 1.
  | 'paren-arabic' // （1）
  | 'circled' // ①
  | 'cn-clause' // 一是… 一要… at the start of a paragraph
  | 'sequence' // 首先，… 其次，… heading a body of several sentences
  | 'dash' // ——要… heading a body of several sentences
  | 'titled'; // 2024年工作展望: an unnumbered part title on a line of its own (part-titles.ts)

export interface HeadingMatch {
  style: HeadingStyle;
  /** The number as written, without its punctuation: 一, 1, ①. */
  number: string;
  title: string;
  /** Text after the heading's title when the heading runs into its paragraph. */
  body: string;
  /** Offset of `body` in the paragraph. */
  bodyOffset: number;
  /** Offset of the title in the paragraph (just after the number). */
  titleOffset: number;
  /** True when the heading is a line of its own (no body). */
  isStandalone: boolean;
  /** True when the end of the title is a guess (no punctuation closes it within a short title). */
  titleGuessed: boolean;
}

const CN = CN_NUMERAL;

const MARKERS: { style: HeadingStyle; re: RegExp }[] = [
  // 第一部分 / 第一章 / 第一个问题： (a speech's parts: 下面，我讲三个问题。)
  { style: 'part', re: new RegExp(`^第(${CN}{1,3})(?:部分|章|篇|个问题)[\\s、，：．.]*`) },
  { style: 'cn', re: new RegExp(`^(${CN}{1,3})\\s*(?:、|[．.](?!\\d))\\s*`) },
  { style: 'paren-cn', re: new RegExp(`^[（(](${CN}{1,3})[）)][、，．.]?\\s*`) },
  { style: 'ordinal', re: new RegExp(`^第(${CN}{1,3})[，、：](?!\\d)\\s*`) },
  { style: 'arabic', re: /^(\d{1,2})\s*(?:、|[.．](?!\d))\s*/ },
  { style: 'paren-arabic', re: /^[（(](\d{1,2})[）)][、，．.]?\s*/ },
  { style: 'circled', re: /^([①-⑳])[、，．.]?\s*/ },
  // 一是 / 一要 opening a paragraph number its paragraphs (一要着眼大局抓落实。…).
  { style: 'cn-clause', re: new RegExp(`^(${CN}{1,2})(?:是|要(?=[^求素点]))`) },
];

/** Points (首先… ——…) are headings only where the paragraph splitter judged them so (inline-headings.ts). */
const POINT_MARKERS: { style: HeadingStyle; re: RegExp }[] = [
  { style: 'sequence', re: /^(首先|其次|再次|最后)[，、]\s*/ },
  { style: 'dash', re: /^——\s*/ },
];

/** The title of a heading that runs into its paragraph is its first short sentence or clause. */
const TITLE_END = /[。！？：]/;
const MAX_TITLE = 60;

/**
 * Recognises a heading at the start of a paragraph and splits it into number, title and the body
 * that follows when the heading runs into its paragraph (（一）抓调整，促进经济发展。今年要…).
 */
export function matchHeading(paragraph: string, options: { point?: boolean } = {}): HeadingMatch | null {
  const markers = options.point === true ? [...MARKERS, ...POINT_MARKERS] : MARKERS;
  for (const { style, re } of markers) {
    const m = re.exec(paragraph);
    if (m === null) continue;
    const number = style === 'dash' ? '' : (m[1] ?? '');
    const rest = paragraph.slice(m[0].length);
    if (rest.length === 0) return null;
    // A dash point's title is its first clause (——要立足于实，统筹…): the rest of the sentence is its body.
    const cut = style === 'dash' ? splitClause(rest) : splitTitle(rest);
    const title = stripTitle(rest.slice(0, cut.titleEnd));
    if (title.length === 0) return null;
    const bodyOffset = m[0].length + cut.bodyStart;
    return {
      style,
      number,
      title,
      body: paragraph.slice(bodyOffset),
      bodyOffset,
      titleOffset: m[0].length,
      isStandalone: cut.bodyStart >= rest.length,
      titleGuessed: cut.guessed,
    };
  }
  // ■ 2025年主要预期目标: a part title opened by a bullet (bullets.ts).
  const bulleted = bulletTitle(paragraph);
  if (isPartTitle(paragraph) || bulleted !== null) {
    const title = bulleted ?? paragraph.trim();
    return {
      style: 'titled',
      number: '',
      title,
      body: '',
      bodyOffset: paragraph.length,
      titleOffset: paragraph.indexOf(title),
      isStandalone: true,
      titleGuessed: false,
    };
  }
  return null;
}

interface TitleCut {
  titleEnd: number;
  bodyStart: number;
  guessed: boolean;
}

function splitTitle(rest: string): TitleCut {
  const end = TITLE_END.exec(rest);
  if (end === null) {
    // No sentence end at all: a heading line of its own (一、认真贯彻…，全面推进…).
    return { titleEnd: rest.length, bodyStart: rest.length, guessed: rest.length > MAX_TITLE };
  }
  // 乘势而上开新局，…起好步2031年是“十六五”开局之年，也是…的关键一年。: a long first sentence that is a part title run
  // on into its lead's year sentence is cut as a short one, before that sentence (lead-sentence-titles.ts).
  const lead = leadSentenceTitleLength(rest.slice(0, end.index));
  if (end.index <= MAX_TITLE || (lead !== null && lead <= MAX_TITLE))
    return { titleEnd: end.index, bodyStart: end.index + 1, guessed: false };
  // A long first sentence: its first clause is the title, the whole sentence stays in the body.
  const comma = /[，；]/.exec(rest);
  if (comma !== null && comma.index <= 30) return { titleEnd: comma.index, bodyStart: 0, guessed: true };
  return { titleEnd: Math.min(30, rest.length), bodyStart: 0, guessed: true };
}

function splitClause(rest: string): TitleCut {
  const end = /[，。！？；：]/.exec(rest);
  if (end === null || end.index > MAX_TITLE) return { ...splitTitle(rest), guessed: true };
  return { titleEnd: end.index, bodyStart: end.index + 1, guessed: false };
}

function stripTitle(title: string): string {
  return title.replace(/^[\s、，：]+|[\s、，：。；]+$/g, '');
}

/**
 * Cuts a heading that swallowed the start of its paragraph (三、抓落实，就要讲究方法、善做善成党员领导干部…)
 * by the shape of a standalone sibling heading: same lead-in, same count of punctuation, same tail.
 */
export function trimBySibling(title: string, siblings: readonly string[]): number | null {
  for (const sibling of siblings) {
    const marks = [...sibling.matchAll(/[，、；]/g)];
    const lastMark = marks[marks.length - 1];
    if (lastMark === undefined) continue;
    const firstMark = marks[0]?.index ?? 0;
    const lead = sibling.slice(0, firstMark);
    if (lead.length < 2 || !title.startsWith(lead)) continue;
    const tail = sibling.length - (lastMark.index ?? 0) - 1;
    const ownMarks = [...title.matchAll(/[，、；]/g)];
    const own = ownMarks[marks.length - 1];
    if (own === undefined || own.index === undefined) continue;
    const cut = own.index + 1 + tail;
    if (cut < title.length - 4) return cut;
  }
  return null;
}

/** Ranks styles when a new style appears below a known one, so that a skipped level still nests. */
export const STYLE_RANK: Record<HeadingStyle, number> = {
  titled: 0,
  part: 0,
  cn: 1,
  'paren-cn': 2,
  ordinal: 3,
  arabic: 4,
  'paren-arabic': 5,
  circled: 6,
  'cn-clause': 7,
  sequence: 7,
  dash: 8,
};
