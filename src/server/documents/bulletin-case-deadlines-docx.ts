/**
 * 督办事项办理情况 (issue 16): the open supervision cases, rectifications and leaders' instructions as of the
 * bulletin's day, how many are due soon and overdue, and the overdue ones named with their units.
 * bulletin-docx.ts places the section; bulletins/case-deadlines-section.ts computes it.
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

interface Counts {
  open: number;
  dueSoon: number;
  overdue: number;
}

/** What the bulletin says of case deadlines; absent on bulletins generated before the section existed. */
export interface BulletinCaseDeadlines {
  asOf: string;
  cases: Counts;
  rectifications: Counts;
  instructions: Counts;
  overdue: Array<{
    kind: 'case' | 'rectification' | 'instruction';
    title: string;
    unitNames: string[];
    dueDate: string;
    daysOverdue: number;
  }>;
}

/** Overdue items named one per paragraph up to this many; more go into a table. */
const LISTED = 8;

const kindWords = { case: '督办件', rectification: '整改事项', instruction: '领导批示' } as const;

function countsClause(word: string, c: Counts): string {
  if (c.open === 0) return `${word}均已办结`;
  return `在办${word}${formatCount(c.open)}件，其中即将到期${formatCount(c.dueSoon)}件、已超期${formatCount(c.overdue)}件`;
}

/** Section n, "督办事项办理情况"; nothing when the district has no open item at all. */
export function caseDeadlinesSection(
  data: BulletinCaseDeadlines | undefined,
  n: number,
): Array<Paragraph | Table> {
  if (!data) return [];
  const open = data.cases.open + data.rectifications.open + data.instructions.open;
  if (open === 0) return [];
  const total = data.overdue.length;
  const out: Array<Paragraph | Table> = [
    heading1Paragraph(`${chineseNumeral(n)}、督办事项办理情况`),
    bodyParagraph(
      `截至${formatChineseDate(data.asOf)}，${countsClause('督办件', data.cases)}；` +
        `${countsClause('整改事项', data.rectifications)}；${countsClause('领导批示', data.instructions)}。` +
        (total === 0 ? '无超期未办结事项。' : `超期未办结事项${formatCount(total)}件，具体如下：`),
      { keepNext: total > 0 },
    ),
  ];
  if (total === 0) return out;
  if (total <= LISTED) {
    data.overdue.forEach((o, i) =>
      out.push(
        numberedParagraph(
          i + 1,
          `${kindWords[o.kind]}：${o.title}（责任单位：${o.unitNames.join('、') || '未明确'}），` +
            `办理时限${formatChineseDate(o.dueDate)}，已超期${formatCount(o.daysOverdue)}天。`,
        ),
      ),
    );
    return out;
  }
  out.push(
    officialTable(
      [
        { header: '序号', widthMm: 12 },
        { header: '类别', widthMm: 20 },
        { header: '事项', widthMm: 56, align: 'left' },
        { header: '责任单位', widthMm: 32, align: 'left' },
        { header: '办理时限', widthMm: 22 },
        { header: '超期天数', widthMm: 14 },
      ],
      data.overdue.map((o, i) => [
        String(i + 1),
        kindWords[o.kind],
        o.title,
        o.unitNames.join('、'),
        formatChineseDate(o.dueDate),
        formatCount(o.daysOverdue),
      ]),
    ),
  );
  return out;
}
