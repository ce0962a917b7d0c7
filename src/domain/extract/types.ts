/** Kind of a section or sentence: a plan (部署) looks forward, a review (回顾) reports the past. */
export type SectionKind = 'plan' | 'review' | 'other';

export type { Comparator } from '../vocabulary';
import type { Comparator } from '../vocabulary';

export interface ExtractedTarget {
  indicator: string;
  value: number | null;
  valueMax: number | null;
  placeholder: boolean;
  unit: string;
  comparator: Comparator;
  deadline: string | null;
  deadlineText: string | null;
  raw: string;
}

export interface ExtractedSection {
  id: string;
  parentId: string | null;
  level: number;
  number: string;
  title: string;
  kind: SectionKind;
  /**
   * True when the heading may be wrong: found in the middle of a line, an ordinal or dash point judged a
   * heading by what follows it, or a title whose end is a guess. The office checks it instead of trusting it.
   */
  uncertain: boolean;
  /** Offset and length in the ORIGINAL input of the section's text, subsections included (section-spans.ts). */
  sourceOffset?: number;
  sourceLength?: number;
}

export interface ExtractedTask {
  id: string;
  /** null for directives outside any numbered section (preamble, closing remarks). */
  sectionId: string | null;
  text: string;
  unitHints: string[];
  targets: ExtractedTarget[];
  /** The task's due date (YYYY-MM-DD): its own, its section's, or the end of the plan year. */
  deadline: string;
  /** Where `deadline` comes from, so that the office knows whether to trust it. */
  deadlineSource: 'stated' | 'section' | 'plan-year';
  /** Offset and length of the task text in the ORIGINAL input (best effort, for highlighting). */
  sourceOffset: number;
  sourceLength: number;
}

export interface ExtractResult {
  document: { title: string; date: string };
  sections: ExtractedSection[];
  tasks: ExtractedTask[];
}

export interface ExtractOptions {
  /** Meeting date, YYYY-MM-DD: relative deadlines (今年, 明年, 5年内) are resolved against it. */
  meetingDate: string;
  title?: string;
}

/** A piece of normalised text with, for each character, its offset in the original input. */
export interface MappedText {
  text: string;
  map: number[];
}
