/**
 * A part glued to the line before it whose first subsection opens the next paragraph. first-part.ts and
 * titled-page-parts.ts take a glued part marker only when its （一） follows in the same line; but a wrapped copy may
 * keep a break that the joined text lost elsewhere: the part runs on at the end of a paragraph (…决不辜负全省人民
 * 的期待。二、“十五五”时期目标任务和2031年工作安排省委…全会审议通过了…。|（一）着力扩大有效需求…, or 当前位置：首页>
 * …汇报二、下阶段工作打算|（一）要抓实产业发展), and the part was lost. The line is read with the next paragraph's
 * opening （一） after it, so that the same tests decide.
 */
const OPENS_FIRST_SUB = /^\s*[（(]一[）)]/;

/** The line with the next paragraph's opening （一） appended when the next paragraph opens with one. */
export function withNextSubsection(text: string, next: string | undefined): string {
  if (next === undefined) return text;
  const m = OPENS_FIRST_SUB.exec(next);
  return m === null ? text : text + m[0].trim();
}
