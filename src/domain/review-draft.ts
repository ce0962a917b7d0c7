/**
 * A draft made by hand from a section the extractor skipped (a review of the past: 总结/回顾/成绩), when
 * the office decides it holds work to do after all ("转为任务" on the decision page).
 */
import { deriveTaskTitle, sectionPath, type DueDateSource } from './drafts';
import type { ExtractedSection } from './extract/index';
import { findPlanYear } from './extract/plan-year';

export interface SectionDraft {
  title: string;
  content: string;
  sectionPath: string[];
  startDate: string;
  dueDate: string;
  dueDateSource: DueDateSource;
  sourceOffset: number;
  sourceLength: number;
}

/** The stored outline's sections (jsonb written by the extractor), read defensively. */
export function outlineOf(outline: unknown): ExtractedSection[] {
  if (!Array.isArray(outline)) return [];
  return outline.filter(
    (s): s is ExtractedSection =>
      typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string',
  );
}

/**
 * The draft of a review section: its heading for title, its whole text as content, the end of the plan year
 * as due date (nothing in a review states one). Null when the section is unknown, not a review, or has no text.
 */
export function draftFromReviewSection(
  sections: readonly ExtractedSection[],
  sectionId: string,
  text: string,
  meetingDate: string,
): SectionDraft | null {
  const section = sections.find((s) => s.id === sectionId);
  if (section?.kind !== 'review' || section.sourceOffset === undefined || !section.sourceLength) return null;
  const content = text.slice(section.sourceOffset, section.sourceOffset + section.sourceLength).trim();
  if (content.length === 0) return null;
  return {
    title: deriveTaskTitle(section.title),
    content,
    sectionPath: sectionPath([...sections], section.id),
    startDate: meetingDate,
    dueDate: `${findPlanYear(text, meetingDate)}-12-31`,
    dueDateSource: 'plan-year',
    sourceOffset: section.sourceOffset,
    sourceLength: section.sourceLength,
  };
}
