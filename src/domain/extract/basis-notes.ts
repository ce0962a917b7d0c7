/**
 * A bracketed note that gives the basis of a figure (（依据区人代会目标设置，高于省、市7.5%平均水平）,
 * （根据常住人口预计增长情况测算）, （按可比价计算）) explains the target before it: its figures are others'
 * (an average, the congress's goal quoted) and its words (预计, 高于…) are no account of the year. Such notes
 * hold no target and weigh nothing in the kind of their sentence.
 */
const BASIS_NOTE = /[（(](?:依据|根据|参照|按照|参考|按)[^（）()]{0,120}[）)]/g;

/** The sentence with its basis notes blanked out (same length, so offsets still hold). */
export function withoutBasisNotes(text: string): string {
  if (!/[（(]/.test(text)) return text;
  return text.replace(BASIS_NOTE, (m) => '　'.repeat(m.length));
}

/** Marks the characters inside basis notes. */
export function maskBasisNotes(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  if (!/[（(]/.test(text)) return mask;
  for (const m of text.matchAll(BASIS_NOTE)) {
    const start = m.index ?? 0;
    for (let i = start; i < start + m[0].length; i++) mask[i] = true;
  }
  return mask;
}
