import { findDeadlines, readMeetingCalendar, type Deadline } from './deadlines.js';
import { matchHeading, trimBySibling, type HeadingStyle } from './headings.js';
import { splitInlineHeadings, type Paragraph } from './inline-headings.js';
import { normalizeDocument } from './normalize.js';
import { classifySection, classifyText, type TextKind } from './section-kind.js';
import { splitItems, splitSentences, type Span } from './sentences.js';
import { findSentenceTargets } from './targets.js';
import type {
  ExtractedSection,
  ExtractedTask,
  ExtractOptions,
  ExtractResult,
  MappedText,
  SectionKind,
} from './types.js';
import { announcesList, isNonTaskSentence, isRelayTitle, opensTask } from './task-sentences.js';
import { findUnitHints } from './unit-hints.js';
import { findPlanYear } from './plan-year.js';
import { addSectionSpans } from './section-spans.js';
import { isItemTitleSentence, isTitleOnlySentence } from './title-sentence.js';
import { isBackgroundSentence } from './background.js';
import { namesOnlyThePast } from './past-dates.js';
import { pointsDivideSection } from './deep-points.js';

export type {
  Comparator,
  ExtractedSection,
  ExtractedTarget,
  ExtractedTask,
  ExtractOptions,
  ExtractResult,
  SectionKind,
} from './types.js';
export { findDocumentDate, normalizeDocument } from './normalize.js';

/** Body text of a section, kept with the original offsets of its characters. */
interface Block extends MappedText {
  sectionIndex: number | null;
  /** The opening before the first heading and the closing remarks after the last section draft no tasks. */
  role?: 'opening' | 'closing';
}

/** How a block yields tasks: every plan sentence, only sentences with a target, or nothing (relayed words). */
type TaskMode = 'all' | 'targets-only' | 'none';

interface OpenSection {
  style: HeadingStyle;
  index: number;
}

/** 同志们，… or 各位委员、同志们，… opening a paragraph after the sections: the closing remarks. */
const CLOSING = /^(各位[^，。]{0,10}、)?同志们[，！!]/;

/**
 * Drafts the decomposition of a plenary speech or report: numbered sections (any numbering style,
 * levels inferred), directive tasks, and the quantified targets of plan passages with deadlines
 * resolved against the meeting date. Pure: no I/O.
 */
export function extractDocument(text: string, options: ExtractOptions): ExtractResult {
  readMeetingCalendar(options.meetingDate);
  const doc = normalizeDocument(text);
  const { sections, blocks } = buildSections(splitInlineHeadings(doc.paragraphs));
  // Situation and meeting sentences weigh nothing in a section's kind (…要有清醒的认识 is no plan); a sentence
  // dated only before the meeting weighs as review.
  const blockKinds = blocks.map((b) =>
    splitSentences(b.text).map((s): TextKind => {
      if (isNonTaskSentence(s.text)) return 'neutral';
      const own = classifyText(s.text);
      return own !== 'plan' && namesOnlyThePast(s.text, options.meetingDate) ? 'review' : own;
    }),
  );
  assignSectionKinds(sections, blocks, blockKinds);
  addSectionSpans(sections, blocks);
  const tasks: ExtractedTask[] = [];
  let carried: Deadline | null = null;
  const relayed = relaySections(sections);
  const planYearEnd = `${findPlanYear(doc.paragraphs.map((p) => p.text).join('\n'), options.meetingDate)}-12-31`;
  const hasHeadings = sections.length > 0;
  blocks.forEach((block, b) => {
    const section = block.sectionIndex === null ? null : (sections[block.sectionIndex] ?? null);
    const mode: TaskMode =
      block.sectionIndex !== null && relayed.has(block.sectionIndex)
        ? 'none'
        : block.role !== undefined && hasHeadings
          ? 'targets-only'
          : 'all';
    // A paragraph ending in ：(今年的主要目标是：) sets the scope of the list paragraphs after it.
    const previous = blocks[b - 1];
    const isListContinuation =
      previous !== undefined && previous.sectionIndex === block.sectionIndex && /：$/.test(previous.text);
    const scope =
      (isListContinuation ? carried : null) ?? findTitleScope(sections, section, options.meetingDate);
    carried =
      collectTasks(block, section, { meetingDate: options.meetingDate, planYearEnd }, tasks, scope, mode) ??
      carried;
  });
  return {
    document: { title: options.title ?? doc.title, date: options.meetingDate },
    sections,
    tasks,
  };
}

function buildSections(paragraphs: readonly Paragraph[]): { sections: ExtractedSection[]; blocks: Block[] } {
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
    if (at >= 0) stack = stack.slice(0, at);
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
    const isHeadingLine = heading.isStandalone && !/[。！？；]$/.test(paragraph.text);
    if (!isHeadingLine) {
      const closedBy = paragraph.text[heading.bodyOffset - 1] ?? '';
      const hasBody =
        paragraph.text.slice(heading.bodyOffset).trim().length > 0 ||
        opensBody(paragraphs[paragraphIndex + 1], stack);
      const titleOnly =
        !wasCut &&
        isTitleOnlySentence(
          paragraph.text.slice(heading.titleOffset, heading.bodyOffset - 1),
          closedBy,
          hasBody,
        );
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

/** Sections that relay others' words (…会议精神, …讲话主要精神) and all their subsections. */
function relaySections(sections: readonly ExtractedSection[]): Set<number> {
  const out = new Set<number>();
  const indexOf = new Map(sections.map((s, i) => [s.id, i]));
  sections.forEach((s, i) => {
    const parent = s.parentId === null ? undefined : indexOf.get(s.parentId);
    if (isRelayTitle(s.title) || (parent !== undefined && out.has(parent))) out.add(i);
  });
  return out;
}

/** A section's kind weighs its title and the sentences of the section and all its subsections. */
function assignSectionKinds(
  sections: ExtractedSection[],
  blocks: readonly Block[],
  kinds: readonly TextKind[][],
): void {
  const bySection = sections.map((): TextKind[] => []);
  const parentIndex = new Map(sections.map((s, i) => [s.id, i]));
  blocks.forEach((block, b) => {
    let index = block.sectionIndex;
    while (index !== null) {
      bySection[index]?.push(...(kinds[b] ?? []));
      const parentId: string | null = sections[index]?.parentId ?? null;
      index = parentId === null ? null : (parentIndex.get(parentId) ?? null);
    }
  });
  sections.forEach((section, i) => {
    // Parents come before their subsections, so the parent's kind is known here.
    const parent = section.parentId === null ? undefined : sections[parentIndex.get(section.parentId) ?? -1];
    const kind = classifySection(section.title, bySection[i] ?? [], parent?.kind ?? null);
    // A subsection with no telling words (1.区住建局牵头…) belongs to its parent's kind.
    section.kind = kind === 'other' && parent !== undefined ? parent.kind : kind;
  });
}

function inheritKind(own: TextKind, sectionKind: SectionKind | null): TextKind {
  if (own !== 'neutral') return own;
  if (sectionKind === 'plan') return 'plan';
  if (sectionKind === 'review') return 'review';
  return 'neutral';
}

/** The deadline named in a section's title or its ancestors' (二、2024年主要目标 → 2024-12-31). */
function findTitleScope(
  sections: readonly ExtractedSection[],
  section: ExtractedSection | null,
  meetingDate: string,
): Deadline | null {
  let current = section;
  while (current !== null) {
    if (current.kind === 'plan') {
      const found = findDeadlines(current.title, meetingDate)[0];
      if (found !== undefined) return found;
    }
    const parentId = current.parentId;
    current = parentId === null ? null : (sections.find((s) => s.id === parentId) ?? null);
  }
  return null;
}

/** Adds the block's tasks; returns the scope deadline in force at the end of the block. */
function collectTasks(
  block: Block,
  section: ExtractedSection | null,
  dates: { meetingDate: string; planYearEnd: string },
  tasks: ExtractedTask[],
  initialScope: Deadline | null,
  mode: TaskMode,
): Deadline | null {
  if (mode === 'none') return initialScope;
  const { meetingDate, planYearEnd } = dates;
  let preambleScope: Deadline | null = initialScope;
  let lastScope: Deadline | null = initialScope;
  // After 重点做好十个方面工作： every sentence of the paragraph plans, and each is a task of its own.
  let listed = false;
  splitItems(block.text).forEach((item, itemIndex) => {
    let scope = preambleScope;
    let task: ExtractedTask | null = null;
    let first: Span | null = null;
    let last: Span | null = null;
    let previousKind: TextKind = 'neutral';
    // The scope in force when the task began, and the deadlines its own sentences state.
    let scopeAtStart: Deadline | null = scope;
    let stated: string[] = [];
    let previousText = '';
    const flush = (): void => {
      if (task === null || first === null || last === null) return;
      if (mode === 'targets-only' && task.targets.length === 0) return;
      const own = [...stated].sort().at(-1);
      const fromTargets = task.targets
        .map((t) => t.deadline)
        .filter((d): d is string => d !== null && d >= meetingDate);
      if (own !== undefined) Object.assign(task, { deadline: own, deadlineSource: 'stated' });
      else if (scopeAtStart !== null)
        Object.assign(task, { deadline: scopeAtStart.date, deadlineSource: 'section' });
      else Object.assign(task, { deadline: planYearEnd, deadlineSource: 'plan-year' });
      // A target due later than the task's own date (a three-year goal inside a yearly task) moves the task's date.
      const latest = fromTargets.sort().at(-1);
      if (latest !== undefined && latest > task.deadline) task.deadline = latest;
      // A target whose sentence names no date is due when its task is (改造老旧小区38个 → the plan year's end).
      for (const target of task.targets) target.deadline ??= task.deadline;
      const end = last.start + last.text.length;
      task.text = block.text.slice(first.start, end);
      task.id = `t${tasks.length + 1}`;
      task.unitHints = findUnitHints(task.text);
      task.sourceOffset = block.map[first.start] ?? 0;
      task.sourceLength = (block.map[end - 1] ?? task.sourceOffset) + 1 - task.sourceOffset;
      tasks.push(task);
    };
    const itemSentences = splitSentences(item.text, item.start);
    for (const [sentenceIndex, sentence] of itemSentences.entries()) {
      // An item's title sentence (第一，壮大先进制造业。…) names it; its body holds the tasks.
      if (isItemTitleSentence(sentence.text, sentenceIndex === 0, itemSentences.length > 1)) continue;
      let own = classifyText(sentence.text);
      // The parts of one sentence split at ； share its kind (主要预期目标是：…增长6%；城镇新增就业85万人；…).
      if (own === 'neutral' && /[；;]$/.test(previousText)) own = previousKind;
      const startsList = announcesList(sentence.text);
      if (own === 'neutral' && (listed || startsList)) own = 'plan';
      const kind = inheritKind(own, section?.kind ?? null);
      // In a list, each sentence is a task; the parts of one sentence split at ； stay together.
      const listItem = listed && !/[；;]$/.test(previousText);
      if (task === null || opensTask(sentence.text) || listItem) {
        flush();
        task = newTask(section, planYearEnd);
        first = null;
        last = null;
        scopeAtStart = scope;
        stated = [];
      }
      if (startsList) listed = true;
      previousKind = kind;
      previousText = sentence.text;
      // A sentence of background (就业是最基本的民生。当前，…) only looks like a plan because of its section.
      if (kind !== 'plan' || isNonTaskSentence(sentence.text)) continue;
      // A sentence dated only before the meeting reports the past (2025年，全区经济运行总体平稳…).
      if (own !== 'plan' && namesOnlyThePast(sentence.text, meetingDate)) continue;
      // An announcement that ends at its colon (围绕这些目标，重点抓好以下工作：) only opens the list.
      if (startsList && /[：:]$/.test(sentence.text)) continue;
      if (own === 'neutral' && isBackgroundSentence(sentence.text)) {
        // Background is no task, but a year it names still sets the scope (2024年是项目推进年。…将达78个).
        const named = findDeadlines(sentence.text, meetingDate).filter((d) => !d.text.endsWith('时间'));
        scope = named[named.length - 1] ?? scope;
        continue;
      }
      first ??= sentence;
      last = sentence;
      task.targets.push(
        ...findSentenceTargets({
          sentence: sentence.text,
          effectiveKind: kind,
          meetingDate,
          scopeDeadline: scope,
        }),
      );
      // A time limit of one job (用3年时间…轮训一遍) does not set the scope of the sentences after it.
      const found = findDeadlines(sentence.text, meetingDate);
      stated.push(...found.map((d) => d.date));
      const deadlines = found.filter((d) => !d.text.endsWith('时间'));
      scope = deadlines[deadlines.length - 1] ?? scope;
    }
    flush();
    if (itemIndex === 0) preambleScope = scope;
    lastScope = scope;
  });
  return lastScope;
}

function newTask(section: ExtractedSection | null, planYearEnd: string): ExtractedTask {
  return {
    id: '',
    sectionId: section?.id ?? null,
    text: '',
    unitHints: [],
    targets: [],
    deadline: planYearEnd,
    deadlineSource: 'plan-year',
    sourceOffset: 0,
    sourceLength: 0,
  };
}
