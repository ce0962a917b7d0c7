/**
 * 验收情况 (issue 15): the month's completion requests, how the decided ones ended, and the tasks still waiting
 * for acceptance at the month's end with the days they have waited. bulletin-docx.ts places the section;
 * bulletins/acceptance-section.ts computes it.
 */
import type { Paragraph, Table } from 'docx';
import {
  bodyParagraph,
  chineseNumeral,
  formatChineseDate,
  formatCount,
  heading1Paragraph,
  numberedParagraph,
  officialTable,
} from './official-format';

/** What the bulletin says of acceptance; absent on bulletins generated before the section existed. */
export interface BulletinAcceptance {
  asOf: string;
  requested: number;
  accepted: number;
  acceptedWithRemarks: number;
  returned: number;
  /** Mean calendar days from request to acceptance of those accepted this month; null when none. */
  averageDaysToAccept: number | null;
  waiting: Array<{ code: string; title: string; unitName: string; requestedOn: string; daysWaited: number }>;
}

/** Waiting tasks named one per paragraph up to this many; more go into a table. */
const LISTED = 8;

/** Section n, "验收情况"; nothing when the month saw no request and none waits. */
export function acceptanceSection(data: BulletinAcceptance | undefined, n: number): Array<Paragraph | Table> {
  if (!data) return [];
  const decided = data.accepted + data.acceptedWithRemarks + data.returned;
  const total = data.waiting.length;
  if (data.requested + decided + total === 0) return [];
  const days = data.averageDaysToAccept === null ? '' : `，平均验收用时${data.averageDaysToAccept}天`;
  const out: Array<Paragraph | Table> = [
    heading1Paragraph(`${chineseNumeral(n)}、验收情况`),
    bodyParagraph(
      `本月申请验收任务${formatCount(data.requested)}项；完成验收${formatCount(decided)}项，其中验收通过` +
        `${formatCount(data.accepted)}项、提出意见后通过${formatCount(data.acceptedWithRemarks)}项、退回补充` +
        `${formatCount(data.returned)}项${days}。` +
        (total === 0
          ? `截至${formatChineseDate(data.asOf)}，无待验收任务。`
          : `截至${formatChineseDate(data.asOf)}，仍待验收任务${formatCount(total)}项，具体如下：`),
      { keepNext: total > 0 },
    ),
  ];
  if (total === 0) return out;
  const words = (w: BulletinAcceptance['waiting'][number]) =>
    `${w.code ? `${w.code} ` : ''}${w.title}（牵头单位：${w.unitName || '未明确'}），` +
    `${formatChineseDate(w.requestedOn)}申请验收，已等待${formatCount(w.daysWaited)}天。`;
  if (total <= LISTED) {
    data.waiting.forEach((w, i) => out.push(numberedParagraph(i + 1, words(w))));
    return out;
  }
  out.push(
    officialTable(
      [
        { header: '序号', widthMm: 12 },
        { header: '任务', widthMm: 70, align: 'left' },
        { header: '牵头单位', widthMm: 36, align: 'left' },
        { header: '申请日期', widthMm: 24 },
        { header: '已等待天数', widthMm: 14 },
      ],
      data.waiting.map((w, i) => [
        String(i + 1),
        `${w.code ? `${w.code} ` : ''}${w.title}`,
        w.unitName,
        formatChineseDate(w.requestedOn),
        formatCount(w.daysWaited),
      ]),
    ),
  );
  return out;
}
