/**
 * The bulletin's named praise and criticism (通报表扬 / 通报批评, issue 16) as a section of its own, and the
 * catch-up plan words of a red task; bulletin-docx.ts places them.
 */
import type { Paragraph } from 'docx';
import {
  bodyParagraph,
  chineseNumeral,
  heading1Paragraph,
  heading2Paragraph,
  numberedParagraph,
} from './official-format';

/** One remark as the bulletin prints it. */
export interface BulletinRemarkItem {
  unitName: string;
  /** "编号 任务名" when the remark names a task. */
  taskLabel?: string | undefined;
  text: string;
}

/** What a bulletin names, by kind; absent on bulletins generated before remarks existed. */
export interface BulletinRemarks {
  praise: BulletinRemarkItem[];
  criticism: BulletinRemarkItem[];
}

/** Whether the bulletin names anyone (and so has the section). */
export function hasRemarks(remarks: BulletinRemarks | undefined): remarks is BulletinRemarks {
  return Boolean(remarks && (remarks.praise.length > 0 || remarks.criticism.length > 0));
}

function remarkLine(r: BulletinRemarkItem): string {
  const who = r.taskLabel ? `${r.unitName}（${r.taskLabel}）` : r.unitName;
  const text = /[。！；]$/.test(r.text) ? r.text : `${r.text}。`;
  return `${who}：${text}`;
}

/** Section n, "表扬和批评": the praised, then the criticised, each numbered; nothing when none is named. */
export function remarksSection(remarks: BulletinRemarks | undefined, n: number): Paragraph[] {
  if (!hasRemarks(remarks)) return [];
  const part = (i: number, title: string, items: BulletinRemarkItem[]) => [
    heading2Paragraph(`（${chineseNumeral(i)}）${title}`),
    ...(items.length === 0
      ? [bodyParagraph('无。')]
      : items.map((r, k) => numberedParagraph(k + 1, remarkLine(r)))),
  ];
  return [
    heading1Paragraph(`${chineseNumeral(n)}、表扬和批评`),
    ...part(1, '通报表扬', remarks.praise),
    ...part(2, '通报批评', remarks.criticism),
  ];
}

/** "赶超措施：已通过" and the like, for a red task's line; empty when no plan was asked for. */
export function catchUpPlanClause(status: string | undefined): string {
  return status ? `赶超措施${status}；` : '';
}
