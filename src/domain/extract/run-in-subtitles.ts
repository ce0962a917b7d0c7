/**
 * A run-in sub-title inside a report's item (以设施提档夯实硬件基础。以经开区为核心，加快…): a short sentence of
 * 6–16 characters with no clause break and no figure, not opened by a pronoun or a connector, names the measure
 * that the sentences after it state. In a report's item it opens a task of its own, as it does when it stands on
 * a line of its own (report-style.ts); without it, once the paragraph breaks are lost, the sub-title and the
 * sentence after it run into the measure before.
 */
const SUB_TITLE = /^[\u4e00-\u9fff“”]{6,16}[。！]?$/;
const NOT_TITLE = /^(?:这|此|其|它|我们|同时|另外|总之|目前|当前|总体|因此|所以|但|而)/;

export function isRunInSubTitle(sentence: string): boolean {
  const s = sentence.trim();
  return SUB_TITLE.test(s) && !NOT_TITLE.test(s);
}
