import type { ExtractedSection } from './types.js';

/** Numbers that open a sequence (一, 1, ①): a section numbered so is not cut from the middle of its part. */
const FIRST_NUMBER = /^(?:一|1|①)$/;

/**
 * An excerpt that begins inside a part opens with a subsection whose part is not in the text (（三）促进区域协调
 * 发展。联动推进…。（四）加快绿色转型。…): a title and measures without a telling word (要, 确保, 加快…) leave it
 * 'other', and with no parent to inherit from it would draft nothing while its siblings plan. Such an opening
 * section — the first, numbered past the first, without a parent — takes the kind of the next section at its
 * level when that one plans or reviews. Mutates `sections`.
 */
export function inheritOpeningSubsectionKind(sections: ExtractedSection[]): void {
  const first = sections[0];
  if (first === undefined || first.parentId !== null || first.kind !== 'other') return;
  if (FIRST_NUMBER.test(first.number)) return;
  const next = sections.slice(1).find((s) => s.parentId === null);
  if (next !== undefined && next.kind !== 'other') first.kind = next.kind;
}
