import { CN_NUMERAL } from './chinese-numerals.js';
import { dropBreadcrumbLabel } from './breadcrumb-labels.js';

/**
 * The first part heading of a page that opens with its breadcrumb and title, its line breaks lost: the part's
 * marker follows the unpunctuated title, not a sentence end (首页>范文>工作汇报某区上半年工作汇报二、下阶段工作
 * 重点下半年，我们将…（一）加快项目建设…). Taken, although it does not continue a numbering, when everything
 * before it in the line is such a head — 4–120 characters with no sentence end, comma, colon or semicolon (a title,
 * a breadcrumb, a byline) — its own title runs for a title's length without a sentence end, and the part goes
 * on into its first subsection （一） before any other top-level marker (as first-part.ts wants after a
 * sentence end). Without the （一） a glued 二、 may be an enumeration's, and is left alone.
 */
const CN = CN_NUMERAL;
const NEXT_TOP = new RegExp(`[。！？]${CN}{1,3}、`);
const FIRST_SUB = /[（(]一[）)]/;
/** How far the first subsection may stand from the part's marker: a part's lead-in and its targets. */
const REACH = 1200;
const HEAD_MIN = 4;
const HEAD_MAX = 120;

export function opensTitledPagePart(text: string, at: number, markerLength: number): boolean {
  if (at < HEAD_MIN || at > HEAD_MAX) return false;
  // A breadcrumb's label (当前位置：首页>…) is no clause: breadcrumb-labels.ts.
  const head = dropBreadcrumbLabel(text.slice(0, at));
  if (/[。！？!?；;：:，,]/.test(head) || !/[\u4e00-\u9fff）)》”]$/.test(head)) return false;
  const after = text.slice(at + markerLength, at + markerLength + REACH);
  if (/[。！？；]/.test(after.slice(0, 4))) return false;
  const sub = FIRST_SUB.exec(after);
  if (sub === null) return false;
  const top = NEXT_TOP.exec(after);
  return top === null || top.index > sub.index;
}
