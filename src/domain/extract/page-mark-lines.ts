/**
 * A line that is only a page's number or mark (12, - 3 -, 2/10, Page 4, 第3页, 第 2 页 共 10 页, 第2页：政府工作报告): page
 * furniture, dropped. A mark followed by more than a short note (20 characters without a sentence end) opens a
 * line of text — above all a page whose line breaks were lost, all of it on one line that begins 第3页目，完成投资…
 * (the mark itself is cut out of the line by stripInlinePageMarks, normalize.ts).
 */
export const PAGE_MARK_LINE =
  /^([-—－\s]*\d{1,4}[-—－\s]*|第\s*\d+\s*页[^。！？!?]{0,20}|\d+\s*\/\s*\d+|Page\s*\d+.{0,20})$/i;
