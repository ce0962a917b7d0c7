/**
 * A part title run on into the sentence that opens its lead, the line break lost (三、乘势而上开新局，全力推动
 * “十六五”开好局、起好步2031年是“十六五”开局之年。…; 三、凝心聚力开新局今年是…): the title's end is a guess, and
 * the year sentence that opens a plan part (2031年是…, 今年是…, 明年是…) is not part of it. Returns the title's length
 * before that sentence, or null. The title must keep four characters or more; a title that ends in its own 做好明年
 * 各项工作 is left whole (only a sentence saying what the year is, …年是, is cut).
 */
const LEAD_OPENER = /(?:\d{4}年|今年|明年|新的一年)是/g;

export function leadSentenceTitleLength(title: string): number | null {
  for (const m of title.matchAll(LEAD_OPENER)) {
    const start = m.index ?? 0;
    if (start >= 4) return start;
  }
  return null;
}
