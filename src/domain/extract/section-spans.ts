import type { ExtractedSection, MappedText } from './types.js';

/**
 * Where each section's text lies in the original input: from the first to the last character of the
 * blocks of the section and of its subsections. Review sections draft no tasks, so this span is what the
 * decision page shows greyed and what "转为任务" makes a draft of.
 */
export function addSectionSpans(
  sections: ExtractedSection[],
  blocks: ReadonlyArray<MappedText & { sectionIndex: number | null }>,
): void {
  const indexOf = new Map(sections.map((s, i) => [s.id, i]));
  const from: number[] = sections.map(() => Infinity);
  const to: number[] = sections.map(() => -Infinity);
  for (const block of blocks) {
    const first = block.map[0];
    const last = block.map[block.map.length - 1];
    if (first === undefined || last === undefined) continue;
    // The block belongs to its section and to every section above it.
    for (let i = block.sectionIndex, guard = 0; i !== null && guard < 20; guard++) {
      from[i] = Math.min(from[i] ?? Infinity, first);
      to[i] = Math.max(to[i] ?? -Infinity, last + 1);
      const parentId = sections[i]?.parentId ?? null;
      i = parentId === null ? null : (indexOf.get(parentId) ?? null);
    }
  }
  sections.forEach((section, i) => {
    const start = from[i] ?? Infinity;
    const end = to[i] ?? -Infinity;
    if (end > start) Object.assign(section, { sourceOffset: start, sourceLength: end - start });
  });
}
