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
/**
 * The same titles led by the verb that names the part (回顾2023年工作成果, 展望2024年工作目标, 部署今年重点任务),
 * as a blog's rewrite of a report sets them: the verb, a time, then what is reviewed or planned.
 */
const VERB_PART_TITLE =
  /^(?:回顾|回首|总结|展望|部署|谋划)(?:20\d{2}年(?:度)?|过去(?:的)?(?:一|五)年|新的一年|今年|明年|去年|“十[一二三四五六七八九]五”(?:时期)?)[\u4e00-\u9fff]{0,4}?(?:工作|发展)?(?:成果|成绩|成就|目标|任务|安排|重点|蓝图)$/;
const MAX_PART_TITLE = 18;

export function isPartTitle(line: string): boolean {
  const text = line.trim();
  return (
    text.length >= 4 && text.length <= MAX_PART_TITLE && (PART_TITLE.test(text) || VERB_PART_TITLE.test(text))
  );
}
