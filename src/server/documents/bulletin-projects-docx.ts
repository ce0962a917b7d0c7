/**
 * The key projects section of the monthly bulletin (重点项目推进情况, issue #13) in the bulletin's official
 * format: investment against plan for the month and the year to date, by type and by street, the red and
 * yellow projects with their reasons, the lagging nodes. Amounts are 万元 strings with two decimals.
 */
import type { Paragraph, Table } from 'docx';
import { parseWan } from '../../domain/money';
import {
  bodyParagraph,
  chineseNumeral,
  formatChineseDate,
  formatChineseMonth,
  formatCount,
  heading1Paragraph,
  heading2Paragraph,
  numberedParagraph,
  officialTable,
} from './official-format';

/** A group's investment, 万元 ("1234.50"); rate = completed / planToDate, whole percent. */
export interface BulletinInvestment {
  monthPlan: string;
  monthCompleted: string;
  planToDate: string;
  completed: string;
  rate: number;
}

/** What the bulletin says of the key projects (computed by bulletins/projects-section.ts). */
export interface BulletinProjects {
  period: string;
  asOf: string;
  lights: { total: number; red: number; yellow: number; green: number };
  total: BulletinInvestment;
  byType: Array<{ name: string; projects: number } & BulletinInvestment>;
  byStreet: Array<{ name: string; projects: number } & BulletinInvestment>;
  /** Red first, then yellow; reasons already in Chinese. */
  flagged: Array<{
    code: string;
    name: string;
    light: 'red' | 'yellow';
    streetName: string | null;
    reasons: string[];
    planToDate: string;
    completed: string;
  }>;
  lateNodeCount: number;
  lateNodes: Array<{
    projectCode: string;
    projectName: string;
    name: string;
    unitName: string | null;
    plannedEnd: string;
    daysLate: number;
  }>;
}

/** Lists longer than this go into a table (as the bulletin's task lists do). */
const MAX_LISTED = 8;

/** "123456" cents → "1,234.56万元" as the office writes amounts. */
export function wanText(amount: string): string {
  const cents = parseWan(amount);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${formatCount(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}万元`;
}

const amount = (a: string) => wanText(a).replace(/万元$/, '');
const percent = (rate: number) => `${rate}%`;

function investmentTable(first: string, groups: BulletinProjects['byType']): Table {
  return officialTable(
    [
      { header: first, widthMm: 30, align: 'left' },
      { header: '项目数', widthMm: 14 },
      { header: '本月计划', widthMm: 23 },
      { header: '本月完成', widthMm: 23 },
      { header: '累计计划', widthMm: 24 },
      { header: '累计完成', widthMm: 24 },
      { header: '完成率', widthMm: 18 },
    ],
    groups.map((g) => [
      g.name,
      formatCount(g.projects),
      amount(g.monthPlan),
      amount(g.monthCompleted),
      amount(g.planToDate),
      amount(g.completed),
      percent(g.rate),
    ]),
  );
}

function flaggedLine(p: BulletinProjects['flagged'][number]): string {
  const street = p.streetName ? `（主体推进：${p.streetName}）` : '';
  const light = p.light === 'red' ? '亮红灯' : '亮黄灯';
  const reasons = p.reasons.length > 0 ? `，${p.reasons.join('、')}` : '';
  return (
    `${p.code} ${p.name}${street}：${light}${reasons}；` +
    `累计计划投资${wanText(p.planToDate)}，完成${wanText(p.completed)}。`
  );
}

/** The section, numbered `n` (一、二…); nothing when the district has no projects in the year. */
export function projectsSection(data: BulletinProjects | undefined, n: number): Array<Paragraph | Table> {
  if (!data || data.lights.total === 0) return [];
  const l = data.lights;
  const t = data.total;
  const month = formatChineseMonth(data.period);
  const lightsText =
    l.red === 0 && l.yellow === 0
      ? '重点项目均按计划推进'
      : [
          l.red > 0 ? `亮红灯${formatCount(l.red)}个` : '',
          l.yellow > 0 ? `亮黄灯${formatCount(l.yellow)}个` : '',
        ]
          .filter(Boolean)
          .join('、');
  const out: Array<Paragraph | Table> = [
    heading1Paragraph(`${chineseNumeral(n)}、重点项目推进情况`),
    heading2Paragraph('（一）投资完成情况'),
    bodyParagraph(
      `截至${formatChineseDate(data.asOf)}，全区${formatCount(l.total)}个重点项目累计计划投资${wanText(t.planToDate)}，` +
        `完成投资${wanText(t.completed)}，完成率${percent(t.rate)}；其中${month}计划投资${wanText(t.monthPlan)}，` +
        `完成${wanText(t.monthCompleted)}。从预警情况看，${lightsText}。分类型、分街道完成情况如下（单位：万元）：`,
      { keepNext: true },
    ),
    investmentTable('项目类型', data.byType),
    investmentTable('主体推进单位', data.byStreet),
    heading2Paragraph('（二）红黄灯项目'),
  ];
  const flagged = data.flagged;
  if (flagged.length === 0) out.push(bodyParagraph('无。'));
  else if (flagged.length <= MAX_LISTED)
    flagged.forEach((p, i) => out.push(numberedParagraph(i + 1, flaggedLine(p))));
  else
    out.push(
      bodyParagraph(`本期亮红灯、黄灯项目${formatCount(flagged.length)}个，具体如下：`, { keepNext: true }),
      officialTable(
        [
          { header: '序号', widthMm: 11 },
          { header: '项目', widthMm: 45, align: 'left' },
          { header: '灯', widthMm: 12 },
          { header: '主体推进', widthMm: 28, align: 'left' },
          { header: '原因', widthMm: 60, align: 'left' },
        ],
        flagged.map((p, i) => [
          String(i + 1),
          `${p.code} ${p.name}`,
          p.light === 'red' ? '红灯' : '黄灯',
          p.streetName ?? '',
          p.reasons.join('、'),
        ]),
      ),
    );
  out.push(heading2Paragraph('（三）滞后节点'));
  const nodes = data.lateNodes;
  const nodeLine = (x: BulletinProjects['lateNodes'][number]) =>
    `${x.projectName}“${x.name}”${x.unitName ? `（责任单位：${x.unitName}）` : ''}，` +
    `计划${formatChineseDate(x.plannedEnd)}完成，已滞后${formatCount(x.daysLate)}天。`;
  if (nodes.length === 0) out.push(bodyParagraph('无。'));
  else if (nodes.length <= MAX_LISTED && data.lateNodeCount === nodes.length)
    nodes.forEach((x, i) => out.push(numberedParagraph(i + 1, nodeLine(x))));
  else
    out.push(
      bodyParagraph(
        data.lateNodeCount > nodes.length
          ? `滞后节点${formatCount(data.lateNodeCount)}个，下表列出滞后时间最长的${formatCount(nodes.length)}个：`
          : `滞后节点${formatCount(nodes.length)}个，具体如下：`,
        { keepNext: true },
      ),
      officialTable(
        [
          { header: '序号', widthMm: 11 },
          { header: '项目', widthMm: 45, align: 'left' },
          { header: '节点', widthMm: 36, align: 'left' },
          { header: '责任单位', widthMm: 26, align: 'left' },
          { header: '计划完成', widthMm: 28 },
          { header: '滞后天数', widthMm: 16 },
        ],
        nodes.map((x, i) => [
          String(i + 1),
          x.projectName,
          x.name,
          x.unitName ?? '',
          formatChineseDate(x.plannedEnd),
          formatCount(x.daysLate),
        ]),
      ),
    );
  return out;
}
