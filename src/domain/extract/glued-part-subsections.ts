/**
 * The first subsection right after the unpunctuated title of a part whose marker is glued to the text before
 * it, the line breaks lost: 当前位置：首页>范文>工作汇报关于一季度工作情况的汇报二、下阶段工作打算（一）要抓实产业
 * 发展紧盯全年目标… A （一） after a heading's title is found only when the heading follows a sentence end
 * (inline-headings.ts, AFTER_TITLE); a glued 二、 is judged later (titled-page-parts.ts, loose-headings.ts), so
 * its （一） was never seen and the part's title swallowed it. When the part is taken, a （一） within a title's
 * length after its marker — no sentence end, colon or semicolon between — opens its first subsection.
 */
const FIRST_SUB = /^[^。！？!?；;：:（(]{2,40}?(?=[（(]一[）)])/;

/** Where the （一） after a taken part marker's title stands in `text`, or null. */
export function findGluedPartSubsection(text: string, partAt: number, markerLength: number): number | null {
  const m = FIRST_SUB.exec(text.slice(partAt + markerLength));
  return m === null ? null : partAt + markerLength + m[0].length;
}
