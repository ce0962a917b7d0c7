/**
 * The noun a count names when modifiers stand between them (fifteenth pass): 打造40个吸引力强、带动面广的消费场景 —
 * readNounAfter (indicators.ts) stops at the 、 and names 吸引力强; the counted noun is the one after the modifiers'
 * 的. Taken only for a chain of short modifiers joined by 、 that ends in 的 before any clause break or figure.
 */
const MODIFIED =
  /^[^，。；：、的\d,;:]{1,8}(?:、[^，。；：、的\d,;:]{1,8})+的([^，。；：、（）和及与或的\d,;:]{2,16})/;

export function readModifiedNoun(right: string): string | null {
  const m = MODIFIED.exec(right);
  return m === null ? null : (m[1] ?? null);
}
