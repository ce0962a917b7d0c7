import { guessedTitleTimeLength } from './guessed-title-time.js';
import { leadSentenceTitleLength } from './lead-sentence-titles.js';
import { partStackCut } from './part-parents.js';
import { matchHeading, trimBySibling, type HeadingStyle } from './headings.js';
import type { Paragraph } from './inline-headings.js';
import { pointsDivideSection } from './deep-points.js';
import { isTitleOnlySentence } from './title-sentence.js';
import { runOnTitleLength } from './run-on-title.js';
import { timeOpenerTitleLength } from './title-time-opener.js';
import { titleIsOnlyTask } from './title-task.js';
import type { ExtractedSection, MappedText } from './types.js';

/** Body text of a section, kept with the original offsets of its characters. */
export interface Block extends MappedText {
  sectionIndex: number | null;
  /** The opening before the first heading and the closing remarks after the last section draft no tasks. */
  role?: 'opening' | 'closing';
}

interface OpenSection {
  style: HeadingStyle;
  index: number;
}

/**
 * 同志们，… or 各位委员、同志们，… opening a paragraph after the sections: the closing remarks; in a report to a
 * congress also 各位代表，… / 各位委员，….
 */
const CLOSING = /^(各位[^，。]{0,10}、)?(?:同志们|各位代表|各位委员|代表们|委员们)[，！!]/;

/** A figure with a unit or %, not a year: the sign of plan text inside a heading's title. */
const SWALLOWED_FIGURE = /\d(?:\.\d+)?(?:%|[个家所座条项处人户]|万|亿)/;

/**
 * The section tree of a document and the body blocks of each section: headings of every style nested by
 * the order in which their styles appear, the opening before the first and the closing remarks after them.
 */
export function buildSections(paragraphs: readonly Paragraph[]): {
  sections: ExtractedSection[];
  blocks: Block[];
} {
  const sections: ExtractedSection[] = [];
  const standalone = new Set<number>();
  const blocks: Block[] = [];
  /** Characters of body text each section has so far (its title sentence excluded). */
  const bodyLength: number[] = [];
  let stack: OpenSection[] = [];
  for (const [paragraphIndex, paragraph] of paragraphs.entries()) {
    if (CLOSING.test(paragraph.text) && sections.length > 0) {
      stack = [];
      blocks.push({ ...paragraph, sectionIndex: null, role: 'closing' });
      continue;
    }
    const found = matchHeading(paragraph.text, { point: paragraph.point === true });
    const depth = found === null ? 0 : stack.findIndex((s) => s.style === found.style);
    // Points inside a paragraph under a subsection open subsections only when they divide its whole body
    // (deep-points.ts); a sibling already open was taken so. Under a title that counts them
    // (2、要着力把握四个重点。一要…二要…) they are the items it announces. Points that each open a
    // paragraph of their own are set apart by the writer: any depth.
    const top = stack[stack.length - 1];
    const heading =
      found !== null &&
      paragraph.point === true &&
      paragraph.ownParagraph !== true &&
      (depth >= 0 ? depth : stack.length) >= 2 &&
      depth < 2 &&
      (top === undefined ||
        !pointsDivideSection(sections[top.index]?.title ?? '', bodyLength[top.index] ?? 0))
        ? null
        : found;
    if (heading === null) {
      if (top !== undefined)
        bodyLength[top.index] = (bodyLength[top.index] ?? 0) + paragraph.text.trim().length;
      // Before the first heading: the opening; outside any section after one: the closing remarks.
      const role =
        top !== undefined ? undefined : sections.length === 0 ? ('opening' as const) : ('closing' as const);
      blocks.push({
        ...paragraph,
        sectionIndex: top?.index ?? null,
        ...(role === undefined ? {} : { role }),
      });
      continue;
    }
    const at = stack.findIndex((s) => s.style === heading.style);
    // 三、 after an excerpt's opening 四是…, （三）（四）… or （五）…: a part never nests under them (part-parents.ts).
    const cut = at >= 0 ? at : partStackCut(stack, heading.style);
    if (cut !== null) stack = stack.slice(0, cut);
    const parent = stack[stack.length - 1];
    const parentId = parent === undefined ? null : (sections[parent.index]?.id ?? null);
    let { title, bodyOffset } = heading;
    if (title.length > 18 && (!heading.isStandalone || /[。！？；]$/.test(paragraph.text))) {
      // A heading that swallowed the start of its paragraph: cut it by its standalone siblings' shape.
      const siblings = sections
        .map((s, i) => ({ s, i }))
        .filter(({ s, i }) => s.parentId === parentId && standalone.has(i))
        .map(({ s }) => s.title);
      const cut = trimBySibling(title, siblings);
      if (cut !== null) {
        title = title.slice(0, cut);
        bodyOffset = heading.titleOffset + cut;
      }
    }
    // 二、2027年主要预期目标地区生产总值增长6%左右: the title ends at 目标, the rest is its body (run-on-title.ts).
    // 一、客观看待上半年工作上半年，全区完成…: the title ends before the time word (title-time-opener.ts).
    // （一）…完成情况上半年，全市…: a title guessed as the first clause keeps the time word without its comma.
    const next = paragraph.text.slice(
      heading.titleOffset + title.length,
      heading.titleOffset + title.length + 1,
    );
    const lengths = [
      runOnTitleLength(title),
      timeOpenerTitleLength(title),
      guessedTitleTimeLength(title, heading.titleGuessed, next),
      // …起好步2031年是“十六五”开局之年: the part's lead sentence is no part of its title (lead-sentence-titles.ts).
      leadSentenceTitleLength(title),
    ].filter((n): n is number => n !== null);
    const runOn = lengths.length === 0 ? null : Math.min(...lengths);
    if (runOn !== null) {
      title = title.slice(0, runOn);
      bodyOffset = heading.titleOffset + runOn;
    }
    const index = sections.length;
    sections.push({
      id: `s${index + 1}`,
      parentId,
      level: stack.length + 1,
      number: heading.number,
      title,
      kind: 'other',
      uncertain: paragraph.point === true || paragraph.midLine === true || heading.titleGuessed,
    });
    if (heading.isStandalone) standalone.add(index);
    stack.push({ style: heading.style, index });
    // The title sentence of a run-in heading (（一）抓调整，促进发展。今年要…) or of a numbered sentence
    // (1.区住建局牵头，6月底前完成…。) is a directive too, so it stays in the body; a title cut from a
    // run-on heading line and a heading on its own line are not.
    const wasCut = bodyOffset !== heading.bodyOffset;
    // A long unpunctuated "title" holding figures swallowed its body (a list of lines pasted on one line:
    // 二、明年主要预期目标地区生产总值增长6%左右一般公共预算收入增长5%…): its text stays in the body too.
    const swallowed =
      runOn !== null || ((heading.titleGuessed || title.length > 30) && SWALLOWED_FIGURE.test(title));
    const isHeadingLine = heading.isStandalone && !swallowed && !/[。！？；]$/.test(paragraph.text);
    if (!isHeadingLine) {
      const closedBy = paragraph.text[heading.bodyOffset - 1] ?? '';
      const hasBody =
        paragraph.text.slice(heading.bodyOffset).trim().length > 0 ||
        opensBody(paragraphs[paragraphIndex + 1], stack);
      const titleSentence = paragraph.text.slice(heading.titleOffset, heading.bodyOffset - 1);
      // A requirement title whose body states none of its own is the section's task (title-task.ts).
      const titleOnly =
        !wasCut &&
        isTitleOnlySentence(
          titleSentence,
          closedBy,
          hasBody,
          paragraph.text.slice(heading.bodyOffset).trim().length === 0,
        ) &&
        !titleIsOnlyTask(titleSentence, paragraph.text.slice(heading.bodyOffset));
      const start = wasCut || titleOnly ? bodyOffset : heading.titleOffset;
      bodyLength[index] = paragraph.text.slice(wasCut ? bodyOffset : heading.bodyOffset).trim().length;
      blocks.push({
        text: paragraph.text.slice(start),
        map: paragraph.map.slice(start),
        sectionIndex: index,
      });
    }
  }
  return { sections, blocks };
}

/**
 * Whether the paragraph after a heading line is its body: not a heading of a style already open (a sibling
 * or a higher level: then the heading was an item of a list) and not the closing remarks.
 */
function opensBody(next: Paragraph | undefined, stack: readonly OpenSection[]): boolean {
  if (next === undefined || CLOSING.test(next.text)) return false;
  const heading = matchHeading(next.text, { point: next.point === true });
  return heading === null || !stack.some((s) => s.style === heading.style);
}
