import { parseChineseNumeral, CN_NUMERAL } from './chinese-numerals.js';
import { HeadingSequence } from './heading-sequence.js';
import { findFirstPointsBeforeSiblings } from './first-point.js';
import { findLoneFirstPoints } from './lone-point.js';
import { looseTopLevelMarkers } from './loose-headings.js';
import { opensFirstPart } from './first-part.js';
import { opensExcerptPart } from './excerpt-parts.js';
import { opensTitledPagePart } from './titled-page-parts.js';
import { isGluedListNumber } from './glued-list-numbers.js';
import { opensExcerptSubsections } from './excerpt-subsections.js';
import { findGluedPartSubsection } from './glued-part-subsections.js';
import { withNextSubsection } from './next-paragraph-subsections.js';
import { pairedTitle } from './paired-titles.js';
import { opensParenPoint } from './paren-points.js';
import { isCutOffPoint } from './cut-points.js';
import { announcesPoints, listsLabel, opensWithTitle, speakerAnnounces } from './titled-points.js';
import type { MappedText } from './types.js';

/**
 * A paragraph piece that starts at a heading found inside a line. `point` marks an ordinal or dash point
 * (一要…, 第一，…, 首先…, ——要…) that was judged a subsection heading by what follows it; `midLine` marks a
 * heading that was not at the start of a line in the input, whose title end is therefore a guess.
 */
export interface Paragraph extends MappedText {
  point?: boolean;
  midLine?: boolean;
  /** The point opens a paragraph of its own, one of a run of such paragraphs (findParagraphPoints). */
  ownParagraph?: boolean;
}

const CN = CN_NUMERAL;
/** Where a heading may start inside a line: after a sentence end, a colon, a closing bracket or quote. */
const AFTER_END = '(?<=[。！？；：…”」）)])';

/** Formal numbered headings (一、 （一） 第一部分) in the middle of a line. */
const FORMAL = new RegExp(
  `${AFTER_END}(第(${CN}{1,3})(?:部分|章|篇|个问题)|(${CN}{1,3})、(?!${CN}、)|[（(](${CN}{1,3})[）)]|(\\d{1,2})[、.．]\\s?(?=[\\u4e00-\\u9fff“《])|[（(](\\d{1,2})[）)](?=[\\u4e00-\\u9fff“《]))`,
  'g',
);

/** Ordinal and dash openings of points at the start of a line or after a sentence end. */
const POINT = new RegExp(
  `(?:^|${AFTER_END})(?:(${CN}{1,2})(是|要(?=[^求素点]))|第(${CN}{1,2})[，、,](?!\\d)|(首先|其次|再次|最后)[，、,]|——(?=[^—]))`,
  'g',
);

const SEQUENCE_ORDER = ['首先', '其次', '再次', '最后'];

export interface Found {
  at: number;
  family: string;
  n: number;
  /** The point states a requirement (一要…, 第一，要…, ——要…, 首先要…), not an aspect or an item (一是…). */
  requirement: boolean;
  /** The point's first sentence is a short title (一是步子快。…): titled-points.ts. */
  titled: boolean;
  /** The point's first sentence is two short phrases joined by a comma: paired-titles.ts. */
  paired: boolean;
}

/** Counts the sentences of a piece: 。！？ end one (a ； only ends a clause of a list). */
function sentenceCount(text: string): number {
  return (
    (text.match(/[。！？!?]+(?=.)|[。！？!?]+$/g) ?? []).length + (/[^。！？!?\s]$/.test(text.trim()) ? 1 : 0)
  );
}

/** A formal marker with no sentence end before it: only right after a heading's unpunctuated title. */
const AFTER_TITLE = new RegExp(
  `(第(${CN}{1,3})(?:部分|章|篇|个问题)|(?<![第、])(${CN}{1,3})、(?!${CN})|[（(](${CN}{1,3})[）)]|(\\d{1,2})[、.．](?=[\\u4e00-\\u9fff“《])|[（(](\\d{1,2})[）)](?=[\\u4e00-\\u9fff“《]))`,
  'g',
);

/**
 * The formal markers of a line: after a sentence end, and also right after the title of a heading that
 * has no punctuation of its own (一、市委重要会议精神（一）全市…), found within a title's length of the
 * previous heading.
 */
function formalMatches(text: string, startsWithHeading: boolean): RegExpMatchArray[] {
  const found = new Map<number, RegExpMatchArray>();
  for (const m of text.matchAll(FORMAL)) found.set(m.index ?? 0, m);
  let headingAt = startsWithHeading ? 0 : -1;
  for (const m of [...text.matchAll(AFTER_TITLE)].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
    const at = m.index ?? 0;
    if (found.has(at)) {
      headingAt = at;
      continue;
    }
    // A title may have commas of its own (三、突出重点，统筹兼顾，扎实做好明年各项工作（一）…), not a sentence end.
    if (headingAt < 0 || at === 0 || at - headingAt > 40 || /[。！？；]/.test(text.slice(headingAt, at)))
      continue;
    // Same groups as FORMAL (whose group 1 is the whole marker).
    found.set(at, m);
    headingAt = at;
  }
  // 二、 glued to the text before it: the caller takes it only in sequence (loose-headings.ts).
  for (const m of looseTopLevelMarkers(text)) if (!found.has(m.index ?? 0)) found.set(m.index ?? 0, m);
  return [...found.values()].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}

const LINE_START_FORMAL = new RegExp(
  `^(?:第(${CN}{1,3})(?:部分|章|篇|个问题)|(${CN}{1,3})(?:、|[．.](?!\\d))|[（(](${CN}{1,3})[）)]|(\\d{1,2})(?:、|[.．](?!\\d))|[（(](\\d{1,2})[）)])`,
);

function formalFamily(m: RegExpMatchArray, offset: number): { family: string; n: number } | null {
  const part = m[offset];
  const cn = m[offset + 1];
  const paren = m[offset + 2];
  const arabic = m[offset + 3];
  const parenArabic = m[offset + 4];
  if (arabic !== undefined) return { family: 'arabic', n: Number(arabic) };
  if (parenArabic !== undefined) return { family: 'paren-arabic', n: Number(parenArabic) };
  const text = part ?? cn ?? paren;
  const n = text === undefined ? null : parseChineseNumeral(text);
  if (n === null) return null;
  return { family: part !== undefined ? 'part' : cn !== undefined ? 'cn' : 'paren-cn', n };
}

/** The ordinal points of a text, in order: family (一要, 一是, 第一, 首先, ——) and number. */
export function findPoints(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(POINT)) {
    const at = m.index ?? 0;
    const requirement = m[2] === '要' || /^(要|必须|务必)/.test(text.slice(at + m[0].length));
    const titled = opensWithTitle(text.slice(at + m[0].length));
    const paired = pairedTitle(text.slice(at + m[0].length)) !== null;
    if (m[1] !== undefined)
      out.push({
        at,
        family: `cn-${m[2] ?? ''}`,
        n: parseChineseNumeral(m[1]) ?? 0,
        requirement,
        titled,
        paired,
      });
    else if (m[3] !== undefined)
      out.push({ at, family: 'ordinal', n: parseChineseNumeral(m[3]) ?? 0, requirement, titled, paired });
    else if (m[4] !== undefined)
      out.push({ at, family: 'sequence', n: SEQUENCE_ORDER.indexOf(m[4]) + 1, requirement, titled, paired });
    else out.push({ at, family: 'dash', n: 0, requirement, titled, paired });
  }
  return out;
}

/**
 * The points of a paragraph that are subsection headings: a run of at least two points of one family in
 * order (一要、二要…; 第一，要…第二，要…; 首先要…其次要…; ——要…; 一是步子快。…二是…) where every point but the
 * last carries a body of two sentences or more, and every point states a requirement or opens with a short
 * title sentence (titled-points.ts). Points that are one sentence each (一要…；二要…) are items of a list; so
 * are aspects whose first sentence argues (一是加强领导，明确责任。…), which make their paragraph's point
 * rather than open a subsection (a 一是 at the start of its own paragraph is a heading: headings.ts). A lone
 * titled point after a colon that announces several (…三个方面的考虑：一是…) opens the first of them; titled
 * points right after another label's colon (“三个加快”：一是…) are that label's items.
 */
export function findHeadingPoints(text: string): number[] {
  const points = findPoints(text);
  const byFamily = new Map<string, Found[]>();
  for (const p of points) byFamily.set(p.family, [...(byFamily.get(p.family) ?? []), p]);
  const starts: number[] = [];
  for (const [family, list] of byFamily) {
    // Keep the points in sequence (一, 二, 三 …; dashes have no number).
    const run = family === 'dash' ? list : inSequence(list);
    const before = run[0] === undefined ? '' : text.slice(0, run[0].at);
    const lone = run.length === 1 && announcesPoints(before);
    if (run.length < 2 && !lone) continue;
    const announced = lone && speakerAnnounces(before);
    // A lone point after a colon that announces several may carry a title of two phrases: paired-titles.ts.
    // The run's last point may be cut off by the end of the text (…二要…。第二，全力以): cut-points.ts.
    const cut = (p: Found, i: number): boolean =>
      i === run.length - 1 && i > 0 && isCutOffPoint(text.slice(p.at));
    if (
      !run.every((p, i) =>
        lone && !announced ? p.titled || p.paired : p.requirement || p.titled || cut(p, i),
      )
    )
      continue;
    const first = run[0];
    if (!run.every((p) => p.requirement) && first !== undefined && listsLabel(text.slice(0, first.at)))
      continue;
    const ends = run.map((p, i) => run[i + 1]?.at ?? nextOther(points, p.at, text.length));
    const bodies = run.map((p, i) => text.slice(p.at, ends[i]));
    const heads = lone ? bodies : bodies.slice(0, Math.max(1, bodies.length - 1));
    if (heads.every((b) => sentenceCount(b) >= 2)) starts.push(...run.map((p) => p.at));
  }
  return starts.sort((a, b) => a - b);
}

/** 同志们， (各位代表，) after a sentence end, in the middle of a line: the speaker turns to the closing remarks. */
const CLOSING_INLINE =
  /(?<=[。！？])(?:各位[^，。：]{0,10}、)?(?:同志们|各位代表|各位委员|代表们|委员们)[，！!]/g;

/** Point families that only a run makes headings; 一要/一是/第一， at a paragraph's start are headings anyway. */
const RUN_ONLY_FAMILIES = new Set(['dash', 'sequence']);

/**
 * Paragraphs that each open with a point of one family, in order (——要…, ——要…; 首先，要…, 其次，要…,
 * 最后，要…), where every point states a requirement or opens with a title sentence and every paragraph
 * but the last carries a body of two sentences or more: subsection headings, as when the points run inside
 * one paragraph (findHeadingPoints), at any depth. A point paragraph of one sentence, or points that
 * enumerate inside a sentence (首先，完成主体工程；其次，…), stay items.
 */
export function findParagraphPoints(texts: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  let run: { index: number; point: Found; at: number }[] = [];
  const close = (): void => {
    const heads = run.slice(0, -1);
    if (
      run.length >= 2 &&
      run.every((r) => r.point.requirement || r.point.titled) &&
      heads.every((r) => sentenceCount(texts[r.index] ?? '') >= 2)
    )
      for (const r of run) out.set(r.index, r.at);
    run = [];
  };
  texts.forEach((text, index) => {
    // The point opens the paragraph, or follows the unpunctuated title of a heading that does (三、改进作风首先，要…).
    const marker = LINE_START_FORMAL.exec(text);
    const at = marker === null ? 0 : runOnPointStart(text, marker[0].length);
    const first = at === null ? undefined : findPoints(text.slice(at))[0];
    const point =
      at !== null && first !== undefined && first.at === 0 && RUN_ONLY_FAMILIES.has(first.family)
        ? first
        : null;
    const last = run[run.length - 1];
    if (point === null || (last !== undefined && !continuesRun(last.point, point))) close();
    if (point !== null && at !== null) run.push({ index, point, at });
  });
  close();
  return out;
}

function continuesRun(previous: Found, next: Found): boolean {
  return previous.family === next.family && (next.family === 'dash' || next.n > previous.n);
}

/** The points numbered in order from the first (一, 二, 三…); 最后 closes a 首先/其次 run at any count. */
function inSequence(list: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const p of list) {
    const expected = (list[0]?.n ?? 1) + out.length;
    const closes = p.family === 'sequence' && p.n === SEQUENCE_ORDER.length && out.length >= 1;
    if (p.n !== expected && !closes) break;
    out.push(p);
    if (closes) break;
  }
  return out;
}

/**
 * Where the first point of a run starts right after the unpunctuated title of the heading that opens the
 * line (四、锤炼过硬作风，确保各项任务落到实处一要着眼大局抓落实。…): within a title's length, before any
 * sentence end. Null when there is none.
 */
/** Points that are headings at the start of a paragraph without needing a run (headings.ts: cn-clause, ordinal). */
const PARAGRAPH_START_POINT = /^(?:一(?:是|要(?=[^求素点]))|第一[，、])/;

export function runOnPointStart(text: string, markerLength: number): number | null {
  const m = /^[^。！？；：]{2,40}?(?=[一](?:是|要(?=[^求素点]))|第一[，、]|首先[，、]|——)/.exec(
    text.slice(markerLength),
  );
  return m === null ? null : markerLength + m[0].length;
}

function nextOther(points: readonly Found[], after: number, end: number): number {
  return points.find((p) => p.at > after)?.at ?? end;
}

/** A piece of a mapped text, its offsets kept (shared by the splitters of normalize.ts). */
export function slice(p: MappedText, from: number, to: number): MappedText {
  return { text: p.text.slice(from, to), map: p.map.slice(from, to) };
}

/**
 * Cuts paragraphs at the headings they hide: a formal heading in the middle of a line (…新胜利。一、2008年
 * 工作的回顾…), taken only when its number continues the document's sequence, and ordinal or dash points
 * that head a body of several sentences (一要稳步推进项目建设。项目招引上…。二要…).
 */
export function splitInlineHeadings(paragraphs: readonly MappedText[]): Paragraph[] {
  const sequence = new HeadingSequence();
  const out: Paragraph[] = [];
  const paragraphPoints = findParagraphPoints(paragraphs.map((p) => p.text));
  const firstPoints = findFirstPointsBeforeSiblings(paragraphs.map((p) => p.text));
  const lonePoints = findLoneFirstPoints(paragraphs.map((p) => p.text));
  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    const cuts = new Map<number, 'formal' | 'point' | 'plain'>();
    const ownAt = paragraphPoints.get(index);
    if (ownAt !== undefined) cuts.set(ownAt, 'point');
    // The first point in mid-line whose sibling opens the next paragraph (…讲三点意见。第一，要…|第二，要…).
    const ledAt = firstPoints.get(index);
    if (ledAt !== undefined) cuts.set(ledAt, 'point');
    // A lone first point whose siblings never come (the text is cut off): lone-point.ts.
    const loneAt = lonePoints.get(index);
    if (loneAt !== undefined) cuts.set(loneAt, 'point');
    const formalAt: { at: number; length: number }[] = [];
    const atStart = LINE_START_FORMAL.exec(text);
    if (atStart !== null) {
      const f = formalFamily(atStart, 1);
      if (f !== null) sequence.see(f.family, f.n);
    }
    // A glued part whose （一） opens the next paragraph (…工作安排省委…。|（一）…): next-paragraph-subsections.ts.
    const ahead = withNextSubsection(text, paragraphs[index + 1]?.text);
    const matches = formalMatches(text, atStart !== null);
    const matchAts = new Set(matches.map((m) => m.index ?? 0));
    for (const m of matches) {
      const f = formalFamily(m, 2);
      const at = m.index ?? 0;
      if (f === null || at === 0) continue;
      // （1） after a clause or a colon enumerates inside a sentence: paren-points.ts.
      if (f.family === 'paren-arabic' && !opensParenPoint(text, at)) continue;
      // The first part of an excerpt that starts inside a report (…期盼！三、2026年主要工作…（一）…): first-part.ts.
      // Or, with no （一） after it, a part titled by parallel phrases (…靠。五、全力推动融合，持续打造…): excerpt-parts.ts.
      const first =
        f.family === 'cn' &&
        !sequence.hasSeen('cn') &&
        (opensFirstPart(ahead, at, m[0].length) ||
          opensExcerptPart(text, at, m[0].length, f.n) ||
          // Or right after the page's unpunctuated breadcrumb and title (…工作汇报二、下阶段工作重点…（一）…).
          opensTitledPagePart(ahead, at, m[0].length));
      // A page that begins inside a part: its first （三） followed by （四） (excerpt-subsections.ts).
      const firstSub =
        f.family === 'paren-cn' &&
        !sequence.hasSeen('paren-cn') &&
        opensExcerptSubsections(text, at, m[0].length, f.n);
      if (!sequence.accepts(f.family, f.n) && !first && !firstSub) continue;
      // 1. whose 2. is glued to the unpunctuated line before it: a pasted list's item (glued-list-numbers.ts).
      if (f.family === 'arabic' && isGluedListNumber(text, at, f.n, m[0].length)) continue;
      sequence.see(f.family, f.n);
      cuts.set(at, 'formal');
      formalAt.push({ at, length: m[0].length });
      // A glued part's （一） right after its unpunctuated title (…汇报二、下阶段工作打算（一）…): glued-part-subsections.ts.
      const sub = f.family === 'cn' ? findGluedPartSubsection(text, at, m[0].length) : null;
      if (sub !== null && !matchAts.has(sub) && sequence.accepts('paren-cn', 1)) {
        sequence.see('paren-cn', 1);
        cuts.set(sub, 'formal');
        formalAt.push({ at: sub, length: 3 });
      }
    }
    // A point right after a formal heading's unpunctuated title (四、锤炼过硬作风一要…) starts a run of points.
    const formalStarts = [...(atStart === null ? [] : [{ at: 0, length: atStart[0].length }]), ...formalAt];
    const runOnStarts = formalStarts
      .map((f) => runOnPointStart(text.slice(f.at), f.length))
      .flatMap((start, i) => (start === null ? [] : [start + (formalStarts[i]?.at ?? 0)]));
    const points = new Set(findHeadingPoints(text));
    for (const start of runOnStarts) {
      const run = findHeadingPoints(text.slice(start)).map((at) => at + start);
      // Points numbered 一要/一是/第一， open their subsection as they would at a paragraph's start.
      if (run[0] !== start && PARAGRAPH_START_POINT.test(text.slice(start))) run.unshift(start);
      for (const at of run) points.add(at);
    }
    for (const at of points) if (!cuts.has(at)) cuts.set(at, 'point');
    // The closing remarks (…。同志们，…) begin a paragraph of their own even when the line breaks were lost.
    for (const m of text.matchAll(CLOSING_INLINE))
      if (!cuts.has(m.index ?? 0)) cuts.set(m.index ?? 0, 'plain');
    const positions = [...cuts.keys()].sort((a, b) => a - b);
    if (ownAt === 0 && positions.length === 1) {
      out.push({ ...paragraph, point: true, ownParagraph: true });
      continue;
    }
    if (positions.length === 0) {
      out.push(paragraph);
      continue;
    }
    const bounds = [0, ...positions.filter((p) => p > 0)];
    bounds.forEach((from, i) => {
      const to = bounds[i + 1] ?? text.length;
      const piece: Paragraph = slice(paragraph, from, to);
      if (piece.text.trim().length === 0) return;
      const kind = cuts.get(from);
      if (kind === 'point') piece.point = true;
      if (from === ownAt || from === ledAt) piece.ownParagraph = true;
      if (from > 0) piece.midLine = true;
      out.push(piece);
    });
  }
  return out;
}
