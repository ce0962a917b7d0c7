/**
 * A point's title of two short phrases joined by one comma (要认识到成绩来之不易，切实增强发展的使命感。,
 * 以“园区”为主引擎，辐射“工业兴城”战略。): each phrase 2–12 characters, no other clause break, the sentence
 * ending at once. Such a title is one heading title, not an argument, when the point is the lone first point of
 * the text (its siblings cut off with the excerpt): lone-point.ts for requirements (第一，要…), inline-headings.ts
 * for an aspect (一是…) after a colon that announces several points. In a run of points, a title with a clause
 * still makes the points items (一是加强组织领导，明确责任。…), as before. A lone requirement with a paired title
 * opens a subsection only under a part heading (一、…) that came before it: in a speech's opening words
 * (同志们：…。第一，要巩固扩大学习成果，推动…落地见效。) it stays in its paragraph.
 */
const PHRASE = '[^，,；;：:。！？!?、]{2,12}';
const PAIRED_TITLE = new RegExp(`^${PHRASE}[，,]${PHRASE}[。！？!?]`);

/** The paired title opening the text after a point's marker (and its 要), or null. */
export function pairedTitle(afterMarker: string): string | null {
  return PAIRED_TITLE.exec(afterMarker)?.[0] ?? null;
}

const PART_BEFORE = /(?:^|[。！？\n])[一二三四五六七八九十]{1,2}、/;

/** Whether a part heading (一、…) opens a paragraph or a sentence in the text before a point. */
export function underPart(before: string): boolean {
  return PART_BEFORE.test(before);
}
