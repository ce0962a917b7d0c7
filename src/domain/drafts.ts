/**
 * Turning the extractor's outline into draft tasks: a short title from the directive text, the section path,
 * and default dates (the meeting date to the latest target deadline, else the end of the meeting's year).
 */
import type { ExtractResult, ExtractedSection } from './extract/index';
import type { Comparator, DueDateSource } from './vocabulary';

export type { DueDateSource };

export interface DraftTarget {
  indicator: string;
  unit: string;
  comparator: Comparator;
  targetValue: number | null;
  targetValueMax: number | null;
  placeholder: boolean;
  deadline: string | null;
  deadlineText: string | null;
  raw: string | null;
}

export interface DraftTask {
  title: string;
  content: string;
  sectionPath: string[];
  startDate: string;
  dueDate: string;
  /** Where dueDate comes from: stated in the task, inherited from its section, or the plan year's end. */
  dueDateSource: DueDateSource;
  /** True when a heading on the draft's section path may be wrong: the office should check it. */
  headingUncertain: boolean;
  sourceOffset: number | null;
  sourceLength: number | null;
  unitHints: string[];
  targets: DraftTarget[];
}

const maxTitle = 40;

/** The first clause of a directive, without its list marker, cut at a natural break near 40 characters. */
export function deriveTaskTitle(text: string): string {
  const clean = text
    .replace(/\s+/g, '')
    .replace(/^(——|[一二三四五六七八九十]+[是要]|[（(]?[一二三四五六七八九十\d]+[)）、.．])/, '');
  const sentence = clean.split(/[。；;！!？?]/)[0] ?? clean;
  if ([...sentence].length <= maxTitle) return sentence || clean.slice(0, maxTitle);
  const clauses = sentence.split(/(?<=[，,：:])/);
  let title = '';
  for (const clause of clauses) {
    if ([...(title + clause)].length > maxTitle) break;
    title += clause;
  }
  title = title.replace(/[，,：:]$/, '');
  return title.length >= 8 ? title : [...sentence].slice(0, maxTitle).join('') + '…';
}

/** The heading number as the document writes it at its level: 一、 / （一） / 1. */
function numbered(number: string, level: number): string {
  if (/^\d+$/.test(number)) return `${number}.`;
  return level <= 1 ? `${number}、` : `（${number}）`;
}

export function sectionPath(sections: ExtractedSection[], sectionId: string | null): string[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const path: string[] = [];
  let current = sectionId ? byId.get(sectionId) : undefined;
  for (let guard = 0; current && guard < 20; guard++) {
    path.unshift(
      current.number ? `${numbered(current.number, current.level)}${current.title}` : current.title,
    );
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

/**
 * At most this many drafts from one extraction: a plenary report yields some dozens to several hundred tasks (about one per 60–80 characters);
 * thousands mean a file that is not one decision (or a flood), which nobody can review as drafts.
 */
export const maxDraftsPerExtraction = 2000;

/** Draft tasks for every directive task of the plan sections (review sections report the past). */
export function draftTasksFrom(result: ExtractResult, meetingDate: string): DraftTask[] {
  const kindOf = new Map(result.sections.map((s) => [s.id, s.kind]));
  const byId = new Map(result.sections.map((s) => [s.id, s]));
  const uncertainPath = (sectionId: string | null): boolean => {
    for (let s = sectionId === null ? undefined : byId.get(sectionId), guard = 0; s && guard < 20; guard++) {
      if (s.uncertain) return true;
      s = s.parentId === null ? undefined : byId.get(s.parentId);
    }
    return false;
  };
  return result.tasks
    .filter((t) => !t.sectionId || kindOf.get(t.sectionId) !== 'review')
    .map((t) => {
      // The extractor dates every task (its own words, its section, else the end of the year the speech plans).
      const dueDate = t.deadline >= meetingDate ? t.deadline : `${meetingDate.slice(0, 4)}-12-31`;
      return {
        title: deriveTaskTitle(t.text),
        content: t.text,
        sectionPath: sectionPath(result.sections, t.sectionId),
        startDate: meetingDate,
        dueDate,
        dueDateSource: t.deadlineSource,
        headingUncertain: uncertainPath(t.sectionId),
        sourceOffset: t.sourceOffset ?? null,
        sourceLength: t.sourceLength ?? null,
        unitHints: t.unitHints,
        targets: t.targets.map((g) => ({
          indicator: g.indicator,
          unit: g.unit,
          comparator: g.comparator,
          targetValue: g.value,
          targetValueMax: g.valueMax,
          placeholder: g.placeholder,
          deadline: g.deadline,
          deadlineText: g.deadlineText,
          raw: g.raw,
        })),
      };
    });
}
