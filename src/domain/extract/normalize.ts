import { continuesEnumeration } from './wrapped-enumerations.js';
import { findWrapWidth, isWrappedLine } from './hard-wraps.js';
import { splitGluedParts } from './glued-parts.js';
import { dropCutTail } from './cut-tail.js';
import { cutGluedPageMarks, SHARING_SITE } from './glued-page-marks.js';
import { splitGluedLabels } from './glued-labels.js';
import { splitSemicolonLabels } from './semicolon-labels.js';
import { dropStrayPageNumbers } from './page-numbers.js';
import type { MappedText } from './types.js';
import { pairAsciiQuotes } from './ascii-quotes.js';
import { stripBylines } from './bylines.js';
import { stripPhotoCaptions } from './photo-captions.js';
import { stripEmoji } from './emoji.js';
import { firstLineCutByWrap } from './wrapped-first-line.js';
import { holdsBullets, markBulletTitles, opensBullet, splitBulletItems } from './bullets.js';
import { PAGE_MARK_LINE } from './page-mark-lines.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_OR_PUNCT = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]/;

/** Half-width punctuation that means its full-width twin when it sits in Chinese text. */
const TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * Maps one character to its canonical form: full-width digits/letters to ASCII (１２ → 12, Ｘ → X),
 * ％ → %, and ASCII punctuation to Chinese punctuation unless it sits between digits (1,000 or 10:30).
 */
function canonicalChar(ch: string, prev: string, next: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  if (ch === '％') return '%';
  if (ch === '．' && /\d/.test(prev) && /\d/.test(next)) return '.';
  if (ch === '＊') return '*';
  if (ch === '～') return '~';
  const full = TO_FULL[ch];
  if (full !== undefined) {
    if ((ch === ',' || ch === ':') && /\d/.test(prev) && /\d/.test(next)) return ch;
    return full;
  }
  return ch;
}

/**
 * Page furniture of a PDF copy left inside a line when the line breaks around it were lost (…令行禁止。- 2 -
 * 第3页共4页其次，…): a page number between dashes, or 第N页共M页.
 */
const INLINE_PAGE_MARK = /(?<!\d)[-—－] ?\d{1,4} ?[-—－](?!\d)|第 ?\d{1,4} ?页 ?[，,]? ?共 ?\d{1,4} ?页/g;

export function stripInlinePageMarks(line: MappedText): MappedText {
  const marks = [...line.text.matchAll(INLINE_PAGE_MARK)];
  if (marks.length === 0) return line;
  let text = '';
  const map: number[] = [];
  let from = 0;
  for (const m of marks) {
    const at = m.index ?? 0;
    text += line.text.slice(from, at);
    map.push(...line.map.slice(from, at));
    from = at + m[0].length;
  }
  text += line.text.slice(from);
  map.push(...line.map.slice(from));
  return { text, map };
}

/** Splits the input into trimmed, canonicalised lines, each character mapped to its input offset. */
export function splitMappedLines(input: string): MappedText[] {
  const lines: MappedText[] = [];
  let text = '';
  let map: number[] = [];
  const flush = (): void => {
    if (text.length > 0) lines.push({ text: pairAsciiQuotes(text), map });
    text = '';
    map = [];
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] ?? '';
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      flush();
      continue;
    }
    if (ch === '\ufeff' || ch === '\u200b') continue;
    if (/\s/.test(ch)) {
      // Spaces between Chinese characters are layout noise from PDFs and web pages; elsewhere keep one.
      const prev = text[text.length - 1] ?? '';
      let j = i + 1;
      while (j < input.length && /[^\S\n\r]/.test(input[j] ?? '')) j++;
      const next = input[j] ?? '';
      if (prev === '' || next === '' || next === '\n' || next === '\r') continue;
      if (CJK_OR_PUNCT.test(prev) || CJK_OR_PUNCT.test(next)) continue;
      if (prev === ' ') continue;
      text += ' ';
      map.push(i);
      continue;
    }
    text += canonicalChar(ch, input[i - 1] ?? '', input[i + 1] ?? '');
    map.push(i);
  }
  flush();
  return lines;
}

const TERMINAL = /[。！？；：…”」』）!?]$/;

/** Lines that belong to the web page or the print layout, not to the speech. */
const BOILERPLATE_PREFIX =
  /^[【[]?(来源|信息来源|稿件来源|作者|发布(时间|日期|者|人|单位)?|时间|日期|编辑|责任编辑|编辑人|审核|校对|浏览(次数|量)?|点击(数|量|率)?|阅读(数|量|次数)?|字号|字体|分享到|打印|关闭|上一篇|下一篇|附件|相关(链接|阅读|文章|新闻))\s*[】\]]?\s*[：:]/;
const BOILERPLATE_ANYWHERE =
  /(版权所有|Copyright|©|ICP备|ICP证|公网安备|技术支持|主办单位|承办单位|网站地图|联系我们|关于我们|打印本页|关闭窗口|返回顶部|扫一扫|【打印】|【关闭】|【字体|我要纠错|网站标识码|建议使用.{0,20}浏览器|分辨率)/i;
// A line that is only a page mark, not a joined page that begins with one (page-mark-lines.ts).
const PAGE_NUMBER = PAGE_MARK_LINE;
const DATE_LINE = /^（?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*）?$/;
const TITLE_PREFIX = /^(文章)?(标题|题目|题名)\s*[：:]\s*/;
const SALUTATION =
  /^[^。！？]{0,30}(同志们|代表们|委员们|各位代表|各位委员|各位领导|同志)[^。！？]{0,6}[：:]$/;

export interface NormalizedDocument {
  title: string;
  /** ISO date of the meeting if the front matter states one (a line like （2024年1月5日）). */
  date: string | null;
  paragraphs: MappedText[];
}

function isBoilerplateLine(line: string): boolean {
  if (PAGE_NUMBER.test(line)) return true;
  if (line.length <= 120 && BOILERPLATE_PREFIX.test(line)) return true;
  if (line.length <= 160 && BOILERPLATE_ANYWHERE.test(line)) return true;
  return false;
}

function toIsoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** True for a line that starts like a numbered heading (一、 （一） 1、 1. ① 第一， 一是 一要). */
export function looksLikeHeadingStart(line: string): boolean {
  return /^([一二三四五六七八九十]{1,3}(?:、|[．.](?!\d))|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}\s*(?:、|[.．](?!\d))|[①-⑳]|第[一二三四五六七八九十]{1,3}(?:[，、：部章节]|个问题)|[一二三四五六七八九十]{1,2}(是|要)|——)/.test(
    line,
  );
}

function appendMapped(a: MappedText, b: MappedText): MappedText {
  return { text: a.text + b.text, map: a.map.concat(b.map) };
}

/**
 * Rejoins lines broken in the middle of a sentence (copy from a web page or a PDF): a line that does
 * not end a sentence runs on into the next one, unless it is a heading or the next line starts one.
 */
export function rejoinBrokenLines(lines: MappedText[]): MappedText[] {
  const out: MappedText[] = [];
  // In a hard-wrapped copy, a line that fills the width was cut by the layout wherever it ends.
  const width = findWrapWidth(lines.map((l) => l.text.length));
  let previous: MappedText | undefined;
  for (const line of lines) {
    const last = out[out.length - 1];
    const wrapped = previous !== undefined && isWrappedLine(previous.text.length, width);
    previous = line;
    // A wrapped line cut mid-sentence runs on even into what looks like a heading (…一是督进度，|二是督质量…).
    // Or at a semicolon inside an enumeration whose next point opens the line (…15家；|二是…): wrapped-enumerations.ts.
    const midSentence =
      wrapped &&
      (!/[。！？；：]$/.test(last?.text ?? '') || continuesEnumeration(last?.text ?? '', line.text));
    if (
      last !== undefined &&
      (midSentence ||
        ((wrapped || isBrokenLine(last.text)) &&
          !looksLikeHeadingStart(line.text) &&
          !opensBullet(line.text) &&
          !(opensLabelledItem(line.text) && opensLabelledItem(last.text))))
    ) {
      out[out.length - 1] = appendMapped(last, line);
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * A line of a list whose items carry a short label and no end punctuation (产业：实施技改项目60个 / 消费：
 * 开展消费季活动), as news pages summarise a report: an item after another item stays a paragraph of its
 * own (…重点抓好|三个方面：一要… after a line cut mid-sentence runs on as before).
 */
export function opensLabelledItem(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,6}[：:](?=[^：:]{6,})/.test(text) && !SALUTATION.test(text);
}

function isBrokenLine(text: string): boolean {
  if (TERMINAL.test(text)) return false;
  // A numbered heading on its own line ends without punctuation on purpose.
  if (looksLikeHeadingStart(text) && !/[。！？]/.test(text) && text.length <= 60) return false;
  // A short unpunctuated line is more likely a sub-title than half a sentence.
  return text.length >= 16 || /[，。、]/.test(text);
}

/**
 * Normalises a pasted speech or report: canonical characters, boilerplate (page titles, source and
 * copyright lines, site footers, page numbers) removed, front matter (title, date, salutation)
 * taken apart, and broken lines rejoined into paragraphs.
 */
export function normalizeDocument(input: string): NormalizedDocument {
  // A line that is only a page number is boilerplate (below); marks inside a longer line are cut out, once
  // more after the lines are rejoined (a wrapped copy may cut a mark in two: …- 2 -第 3 页 共|4 页其次…).
  // Page marks of a document-sharing copy (1、…|2、…) are cut first, so that the front matter is found.
  const lines = splitRunOnFrontMatter(
    dropStrayPageNumbers(
      // Emoji are cut first: a line ending in one (…工作成果🏆) would not end like a title or a sentence.
      splitMappedLines(input)
        .map(stripEmoji)
        .filter((l) => l.text.trim().length > 0 && !isBoilerplateLine(l.text))
        .map(stripInlinePageMarks),
    ),
  );
  let title = '';
  let date: string | null = null;
  const body: MappedText[] = [];
  // Front matter ends at the salutation (同志们：) or at the first line that reads like body text.
  const salutationIndex = lines.slice(0, 8).findIndex((l) => SALUTATION.test(l.text));
  const cutFirst = firstLineCutByWrap(lines);
  lines.forEach((line, index) => {
    const text = line.text;
    const titled = TITLE_PREFIX.exec(text);
    if (titled !== null) {
      if (title === '') title = text.slice(titled[0].length).trim();
      return;
    }
    const dated = DATE_LINE.exec(text);
    if (dated !== null) {
      date ??= toIsoDate(dated[1] ?? '', dated[2] ?? '', dated[3] ?? '');
      return;
    }
    if (isBoilerplateLine(text)) return;
    if (SALUTATION.test(text)) return;
    if (index < salutationIndex) {
      if (title === '' && CJK.test(text)) title = text;
      return;
    }
    // The first line of a wrapped copy that starts with its text is no title (wrapped-first-line.ts).
    if (
      salutationIndex < 0 &&
      body.length === 0 &&
      title === '' &&
      isTitleLike(text) &&
      !(index === 0 && cutFirst)
    ) {
      title = text;
      return;
    }
    body.push(line);
  });
  // Labelled list lines pasted without their line breaks are items again (glued-labels.ts).
  // Page marks of a sharing site left inside joined lines are cut (glued-page-marks.ts).
  const sharingSite = SHARING_SITE.test(input.slice(0, 600));
  // Bullets (■ part titles, ● items) open paragraphs of their own, also when joined (bullets.ts).
  const paragraphs = markBulletTitles(
    rejoinBrokenLines(body)
      .map((p) => cutGluedPageMarks(p, sharingSite))
      .flatMap(splitSemicolonLabels)
      .flatMap(splitGluedLabels)
      .flatMap(splitGluedParts)
      .flatMap(splitBulletItems),
  );
  // A few characters cut off at the end of an excerpt are no sentence (cut-tail.ts).
  // A news page's byline in brackets is cut out wherever it stands (bylines.ts).
  const cleaned = paragraphs
    .map((p) => stripPhotoCaptions(stripBylines(stripInlinePageMarks(p))))
    .filter((p) => p.text.trim().length > 0);
  return { title, date, paragraphs: dropCutTail(cleaned) };
}

/** A salutation inside the first line of a document pasted without line breaks (…的讲话（2024年1月5日）同志们：今天…). */
const INLINE_SALUTATION = /(各位[^，。：]{0,10}、)?(同志们|各位代表|各位委员|代表们|委员们|各位领导)[：:]/;
/** The end of a speech's title, with its date in brackets if any (…上的讲话（2024年1月5日）). */
// The title may end in a note in brackets: its date, or （摘要）/（节选）/（全文）.
const SPEECH_TITLE_END = /(讲话|报告|发言|致辞|讲稿)\s*(（[^）]{0,16}）)?\s*$/;
const INLINE_DATE = /（\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*）/;

/**
 * Cuts the front matter off a first line that runs on into the speech (no line breaks at all): the title,
 * the date in brackets and the salutation each become a line of their own, so that they are read as such.
 */
export function splitRunOnFrontMatter(lines: MappedText[]): MappedText[] {
  const first = lines[0];
  if (first === undefined) return lines;
  const salutation = INLINE_SALUTATION.exec(first.text.slice(0, 300));
  if (salutation === null || salutation.index === 0) return lines;
  // A short first line (a wrapped copy) only when a speech's title ends right before the salutation.
  if (first.text.length < 200 && !SPEECH_TITLE_END.test(first.text.slice(0, salutation.index))) return lines;
  const cuts = [0];
  const date = INLINE_DATE.exec(first.text.slice(0, salutation.index));
  if (date !== null && date.index > 0) cuts.push(date.index, date.index + date[0].length);
  cuts.push(salutation.index, salutation.index + salutation[0].length, first.text.length);
  const pieces: MappedText[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? first.text.length;
    if (to > from) pieces.push({ text: first.text.slice(from, to), map: first.map.slice(from, to) });
  }
  return [...pieces, ...lines.slice(1)];
}

function isTitleLike(text: string): boolean {
  return (
    text.length <= 60 &&
    !TERMINAL.test(text) &&
    !/[。]/.test(text) &&
    !looksLikeHeadingStart(text) &&
    !holdsBullets(text)
  );
}

/** Finds the first full date (2024年1月5日) in the first part of a document, as YYYY-MM-DD. */
export function findDocumentDate(input: string): string | null {
  const head = input.slice(0, 2000);
  const m = /(20\d{2}|19\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(head);
  if (m === null) return null;
  return toIsoDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
}
