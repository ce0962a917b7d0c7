import { findDeadlines, readMeetingCalendar, type Deadline } from './deadlines.js';
import { splitInlineHeadings } from './inline-headings.js';
import { findTitleDeadline } from './title-scope.js';
import { buildSections, type Block } from './section-tree.js';
import { normalizeDocument } from './normalize.js';
import { relaysRequirements } from './news-openings.js';
import { opensWithMeans } from './means-openers.js';
import { inheritOpeningSubsectionKind } from './opening-subsection-kind.js';
import { classifySection, classifyText, plansInReview, type TextKind } from './section-kind.js';
import { splitItems, splitSentences, type Span } from './sentences.js';
import { findSentenceTargets } from './targets.js';
import type { ExtractedSection, ExtractedTask, ExtractOptions, ExtractResult, SectionKind } from './types.js';
import {
  announcesList,
  isNonTaskSentence,
  isRelayTitle,
  opensDirective,
  opensTask,
} from './task-sentences.js';
import { findUnitHints } from './unit-hints.js';
import { findPlanYear } from './plan-year.js';
import { addSectionSpans } from './section-spans.js';
import { isItemTitleSentence } from './title-sentence.js';
import { isBackgroundSentence, isDefinitionSentence } from './background.js';
import { statesCondition } from './non-directive-yao.js';
import { namesOnlyThePast } from './past-dates.js';
import { reportsPastPeriod } from './past-periods.js';
import { reportsProgress } from './progress-reports.js';
import { underReviewPart } from './review-descendants.js';
import { findOwnArea, quotesHigherPlan } from './relayed-plans.js';
import { isReportItem, opensReportTask } from './report-style.js';
import { styleSentences } from './item-style-body.js';
import { echoesSectionTitle } from './heading-echo.js';

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

/** How a block yields tasks: every plan sentence, only sentences with a target, or nothing (relayed words). */
type TaskMode = 'all' | 'targets-only' | 'none';

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
      if (reportsPastPeriod(s.text, options.meetingDate) || reportsProgress(s.text)) return 'review';
      return own !== 'plan' && namesOnlyThePast(s.text, options.meetingDate) ? 'review' : own;
    }),
  );
  assignSectionKinds(sections, blocks, blockKinds, options.meetingDate);
  addSectionSpans(sections, blocks);
  const tasks: ExtractedTask[] = [];
  let carried: Deadline | null = null;
  const relayed = relaySections(sections);
  const planYearEnd = `${findPlanYear(doc.paragraphs.map((p) => p.text).join('\n'), options.meetingDate)}-12-31`;
  const hasHeadings = sections.length > 0;
  const ownArea = findOwnArea(text);
  blocks.forEach((block, b) => {
    const section = block.sectionIndex === null ? null : (sections[block.sectionIndex] ?? null);
    const mode: TaskMode =
      block.sectionIndex !== null && relayed.has(block.sectionIndex)
        ? 'none'
        : block.role !== undefined &&
            hasHeadings &&
            // A news report's paragraph relaying a speaker's requirements before his numbered points: news-openings.ts.
            !(block.role === 'opening' && relaysRequirements(block.text, text))
          ? 'targets-only'
          : 'all';
    // A paragraph ending in ：(今年的主要目标是：) sets the scope of the list paragraphs after it.
    const previous = blocks[b - 1];
    const isListContinuation =
      previous !== undefined && previous.sectionIndex === block.sectionIndex && /：$/.test(previous.text);
    const scope =
      (isListContinuation ? carried : null) ?? findTitleScope(sections, section, options.meetingDate);
    carried =
      collectTasks(
        block,
        section,
        { meetingDate: options.meetingDate, planYearEnd, ownArea },
        tasks,
        scope,
        mode,
      ) ?? carried;
  });
  return {
    document: { title: options.title ?? doc.title, date: options.meetingDate },
    sections,
    tasks,
  };
}

/** The titles of a section's ancestors, nearest first. */
function ancestorTitles(
  sections: readonly ExtractedSection[],
  indexOf: ReadonlyMap<string, number>,
  section: ExtractedSection,
): string[] {
  const titles: string[] = [];
  let parentId = section.parentId;
  while (parentId !== null) {
    const parent = sections[indexOf.get(parentId) ?? -1];
    if (parent === undefined) break;
    titles.push(parent.title);
    parentId = parent.parentId;
  }
  return titles;
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
  meetingDate: string,
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
    const kind = classifySection(section.title, bySection[i] ?? [], parent?.kind ?? null, meetingDate);
    // A subsection with no telling words (1.区住建局牵头…) belongs to its parent's kind.
    section.kind = kind === 'other' && parent !== undefined ? parent.kind : kind;
    if (
      parent?.kind === 'review' &&
      underReviewPart(ancestorTitles(sections, parentIndex, section), section.title)
    )
      section.kind = 'review';
  });
  // （三）… opening an excerpt cut inside a part, with no telling word: its siblings' kind (opening-subsection-kind.ts).
  inheritOpeningSubsectionKind(sections);
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
      const found = findTitleDeadline(current.title, meetingDate);
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
  dates: { meetingDate: string; planYearEnd: string; ownArea: ReturnType<typeof findOwnArea> },
  tasks: ExtractedTask[],
  initialScope: Deadline | null,
  mode: TaskMode,
): Deadline | null {
  if (mode === 'none') return initialScope;
  const { meetingDate, planYearEnd, ownArea } = dates;
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
    // Whether the sentence before went into a task (a neutral one after it continues that task).
    let draftedLast = false;
    // A task made only of its section's title repeated and background (一、坚持一个“稳”字，全力保持经济平稳发展。
    // 新常态下，…需要付出更加艰辛的努力。) before the body's first requirement is no task.
    let onlyTitleEcho = false;
    const flush = (): void => {
      if (task === null || first === null || last === null) return;
      if (mode === 'targets-only' && task.targets.length === 0) return;
      if (onlyTitleEcho && task.targets.length === 0) return;
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
    // A report's item (no directive, or mostly measures: report-style.ts): each sentence opened by a verb of
    // action is a measure of its own.
    // The item's title sentence (一要加快传统产业提质升级。…, joined) does not decide its style (item-style-body.ts).
    const reportStyle = isReportItem(styleSentences(itemSentences.map((s) => s.text)));
    for (const [sentenceIndex, sentence] of itemSentences.entries()) {
      // An item's title sentence (第一，壮大先进制造业。…) names it; its body holds the tasks.
      if (isItemTitleSentence(sentence.text, sentenceIndex === 0, itemSentences.length > 1)) continue;
      let own = classifyText(sentence.text);
      if (own === 'plan' && section?.kind === 'review' && !plansInReview(sentence.text)) own = 'review';
      // A part of the year already over (上半年，全区完成…) reports progress at a mid-year meeting.
      if (reportsPastPeriod(sentence.text, meetingDate)) own = 'review';
      // Progress against a plan (完成年度投资计划的103.95%) reports where the work stands.
      if (reportsProgress(sentence.text)) own = 'review';
      // The parts of one sentence split at ； share its kind (主要预期目标是：…增长6%；城镇新增就业85万人；…).
      if (own === 'neutral' && /[；;]$/.test(previousText)) own = previousKind;
      // A measure opened by its means (以高新区建设为引领，推进…) plans and opens a task: means-openers.ts.
      const means = opensWithMeans(sentence.text);
      if (own === 'neutral' && means) own = 'plan';
      const startsList = announcesList(sentence.text);
      if (own === 'neutral' && (listed || startsList)) own = 'plan';
      // Outside any section, a sentence with no marker of its own continues the requirement before it
      // (高雁要求，要科学确定明年工作目标。进一步科学精准测算…).
      const inherited = inheritKind(own, section?.kind ?? null);
      const continues = inherited === 'neutral' && section === null && draftedLast;
      draftedLast = false;
      const kind = continues && !opensDirective(sentence.text) ? 'plan' : inherited;
      // In a list, each sentence is a task; the parts of one sentence split at ； stay together.
      const listItem = listed && !/[；;]$/.test(previousText);
      const measure = /。$/.test(previousText) && ((reportStyle && opensReportTask(sentence.text)) || means);
      if (task === null || opensTask(sentence.text) || listItem || measure) {
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
      // A higher authority's plan for its own area (市委提出，今年全市要…) is quoted, not the district's task.
      if (quotesHigherPlan(sentence.text, ownArea)) continue;
      // A sentence dated only before the meeting reports the past (2025年，全区经济运行总体平稳…).
      if (own !== 'plan' && namesOnlyThePast(sentence.text, meetingDate)) continue;
      // An announcement that ends at its colon (围绕这些目标，重点抓好以下工作：) only opens the list.
      if (startsList && /[：:]$/.test(sentence.text)) continue;
      const background =
        (own === 'neutral' && (isBackgroundSentence(sentence.text) || statesCondition(sentence.text))) ||
        isDefinitionSentence(sentence.text);
      if (background) {
        // Background is no task, but a year it names still sets the scope (2024年是项目推进年。…将达78个).
        const named = findDeadlines(sentence.text, meetingDate).filter((d) => !d.text.endsWith('时间'));
        scope = named[named.length - 1] ?? scope;
        continue;
      }
      if (first === null)
        onlyTitleEcho =
          sentenceIndex === 0 &&
          echoesSectionTitle(sentence.text, section?.title ?? null, itemSentences.length > 1);
      else if (own === 'plan') onlyTitleEcho = false;
      first ??= sentence;
      last = sentence;
      draftedLast = true;
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
