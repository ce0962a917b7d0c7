/**
 * A heading title run on into a body that opens with a time adverbial and a comma, the line break lost
 * (一、客观看待上半年工作上半年，全区完成固定资产投资…; 二、做好明年工作明年，全区要…): the title ends before the
 * time word, which opens the body's first sentence. Returns the title's length, or null. The title must keep
 * four characters or more and the time word must not be the title's own first word.
 */
const TIME_OPENER =
  /(?:上半年|下半年|今年以来|年初以来|去年|今年|明年|过去一年|过去的一年|新的一年|\d{4}年|[一二三四]季度|前三季度|1(?:—|-|至)\d{1,2}月)[，,]/g;

export function timeOpenerTitleLength(title: string): number | null {
  for (const m of title.matchAll(TIME_OPENER)) {
    const start = m.index ?? 0;
    if (start >= 4) return start;
  }
  return null;
}
