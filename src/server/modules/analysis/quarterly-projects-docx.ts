/**
 * The key projects section of the quarterly analysis in the Word document: the lights, the chart of
 * investment by month (plan vs completed), and tables by month, by type and by street (万元).
 */
import type { Paragraph, Table } from 'docx';
import type { QuarterlyInvestmentGroup, QuarterlyProjects } from '../../../domain/quarterly-projects';
import { wanText } from '../../documents/bulletin-projects-docx';
import {
  bodyParagraph,
  formatChineseDate,
  formatCount,
  officialTable,
} from '../../documents/official-format';

const amount = (a: string) => wanText(a).replace(/万元$/, '');

function groupTable(first: string, groups: readonly QuarterlyInvestmentGroup[]): Table {
  return officialTable(
    [
      { header: first, widthMm: 46, align: 'left' },
      { header: '项目数', widthMm: 20 },
      { header: '累计计划', widthMm: 32 },
      { header: '累计完成', widthMm: 32 },
      { header: '完成率', widthMm: 26 },
    ],
    groups.map((g) => [
      g.name,
      formatCount(g.projects),
      amount(g.planToDate),
      amount(g.completed),
      `${g.rate}%`,
    ]),
  );
}

/** The paragraphs and tables after the section heading; `chart` is the rendered investment chart. */
export function quarterlyProjectsBlocks(
  p: QuarterlyProjects,
  chart: readonly Paragraph[],
): Array<Paragraph | Table> {
  const l = p.lights;
  return [
    bodyParagraph(
      `截至${formatChineseDate(p.asOf)}，全区${p.year}年度重点项目${formatCount(l.total)}个，` +
        `其中红灯${formatCount(l.red)}个、黄灯${formatCount(l.yellow)}个、绿灯${formatCount(l.green)}个；` +
        `累计计划投资${wanText(p.total.planToDate)}，完成${wanText(p.total.completed)}，完成率${p.total.rate}%。` +
        '当月完成为审核通过及已报送待审核的月报投资额；当月计划按年度计划分月，累计计划含本月已过天数的部分。',
      { keepNext: true },
    ),
    ...chart,
    bodyParagraph('分月投资完成情况如下（单位：万元）：', { keepNext: true }),
    officialTable(
      [
        { header: '月份', widthMm: 20 },
        { header: '当月计划', widthMm: 34 },
        { header: '当月完成', widthMm: 34 },
        { header: '累计计划', widthMm: 34 },
        { header: '累计完成', widthMm: 34 },
      ],
      p.byMonth.map((m) => [
        `${Number(m.month.slice(5))}月`,
        amount(m.plan),
        amount(m.completed),
        amount(m.cumulativePlan),
        amount(m.cumulativeCompleted),
      ]),
    ),
    bodyParagraph('分类型、分街道完成情况如下（单位：万元）：', { keepNext: true }),
    groupTable('项目类型', p.byType),
    groupTable('主体推进单位', p.byStreet),
  ];
}
