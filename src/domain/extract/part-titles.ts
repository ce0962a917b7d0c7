/**
 * The unnumbered titles of a report's parts on a line of their own (2023年工作回顾, 2024年工作展望, 今年重点工作,
 * 主要预期目标), as blog and news copies of a work report set them: short, no punctuation, ending with the
 * word that names a part. They head the numbered items below them (1. 经济发展稳中向好，…).
 */
/** The words that end a part title (shared with glued-parts.ts). */
export const PART_TITLE_WORDS =
  '工作回顾|工作展望|工作安排|工作总结|工作思路|主要目标|预期目标|目标任务|重点工作|主要工作|重点任务';
const PART_TITLE = new RegExp(
  `^(?:20\\d{2}年(?:度)?|今年|明年|去年|上年|新的一年|“十[一二三四五六七八九]五”(?:时期)?)?[\\u4e00-\\u9fff]{0,6}?(?:${PART_TITLE_WORDS})$`,
);
const MAX_PART_TITLE = 18;

export function isPartTitle(line: string): boolean {
  const text = line.trim();
  return text.length >= 4 && text.length <= MAX_PART_TITLE && PART_TITLE.test(text);
}
