/**
 * A heading line that runs on into its first item, the line break lost (二、2027年主要预期目标地区生产总值增长
 * 6%左右, 一、2026年工作回顾地区生产总值突破500亿元，增长5.8%): the title ends at the word that closes a
 * section title (目标, 工作, 回顾, 任务, 安排…) when what follows it holds a figure. Returns the length of the
 * title, or null when the title holds no such run-on.
 */
const TITLE_END_WORD =
  /(?:预期目标|主要目标|目标任务|工作回顾|回顾|重点工作|主要工作|工作安排|重点任务|主要任务|工作举措|工作部署)/g;
const FIGURE = /\d(?:\.\d+)?\s*(?:%|[个家所座条项处人户元]|万|亿)/;

export function runOnTitleLength(title: string): number | null {
  for (const m of title.matchAll(TITLE_END_WORD)) {
    const end = (m.index ?? 0) + m[0].length;
    const rest = title.slice(end);
    if (end >= 4 && rest.length >= 4 && FIGURE.test(rest)) return end;
  }
  return null;
}
