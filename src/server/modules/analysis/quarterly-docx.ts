/**
 * 季度分析 as a Word document in the official format (GB/T 9704, official-format.ts): the generated
 * summary, then one section per view with its chart embedded as a PNG and the figures as a table.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph, type Table } from 'docx';
import { sourceLabels } from '../../../domain/ledger';
import { CHART_TOP, indicatorsForChart, type QuarterlyAnalysis } from '../../../domain/quarterly-charts';
import {
  blankLine,
  bodyParagraph,
  buildOfficialDocument,
  centredKaitiLine,
  chineseNumeral,
  formatChineseDate,
  formatPercent,
  heading1Paragraph,
  officialTable,
  packOfficialDocument,
  signatureParagraphs,
  TEXT_WIDTH_TWIPS,
  titleParagraph,
} from '../../documents/official-format';
import { blockerSummaryParagraphs } from '../../documents/blocker-summary-docx';
import type { ChartImage } from './charts';
import { quarterlyProjectsBlocks } from './quarterly-projects-docx';
import { hasResponsibilityFigures, quarterlyResponsibilityBlocks } from './quarterly-responsibility-docx';

/** "示范区2024年第3季度重点任务推进情况分析". */
export function quarterlyTitle(a: Pick<QuarterlyAnalysis, 'districtName' | 'year' | 'quarter'>): string {
  return `${a.districtName}${a.year}年第${a.quarter}季度重点任务推进情况分析`;
}

// The text block is 156 mm; docx sizes pictures in 96-dpi pixels (156 mm ≈ 589 px).
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH_TWIPS / 1440) * 96);

/**
 * A chart as its own centred paragraph, as wide as the text block. The line is "auto", not the body's exact
 * 28.95 pt: an exact line would crop the picture to one line's height. The heading before it keeps with it;
 * the table after it may start on the next page rather than push the whole section over.
 */
function chartParagraph(chart: ChartImage): Paragraph {
  const height = Math.round((chart.height * TEXT_WIDTH_PX) / chart.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: TEXT_WIDTH_PX, height },
        altText: { name: chart.key, title: chart.title, description: chart.title },
      }),
    ],
  });
}

const n = (v: number) => String(v);
const groupColumns = (first: string) => [
  { header: first, widthMm: 56, align: 'left' as const },
  { header: '任务数', widthMm: 22 },
  { header: '已完成', widthMm: 22 },
  { header: '按期完成', widthMm: 26 },
  { header: '完成率', widthMm: 30 },
];

const comparatorWords = { '>=': '≥', '<=': '≤', '=': '=', range: '≥' } as const;

/** Builds the .docx: summary, then category, source, units, lights trend and targets, each with its chart. */
export async function buildQuarterlyDocx(
  a: QuarterlyAnalysis,
  charts: readonly ChartImage[],
  issued: { issuingOffice: string; issuedDate: string },
): Promise<Buffer> {
  const chart = (key: string) => charts.filter((c) => c.key === key).map(chartParagraph);
  const children: Array<Paragraph | Table> = [];
  let section = 0;
  const heading = (text: string) => children.push(heading1Paragraph(`${chineseNumeral(++section)}、${text}`));

  children.push(titleParagraph([`${a.districtName}${a.year}年第${a.quarter}季度`, '重点任务推进情况分析']));
  children.push(centredKaitiLine(`（${formatChineseDate(a.from)}至${formatChineseDate(a.asOf)}）`));
  children.push(blankLine());

  heading('总体情况');
  for (const sentence of a.summary) children.push(bodyParagraph(sentence));

  heading('分类别完成情况');
  children.push(...chart('category'));
  children.push(
    officialTable(
      groupColumns('类别'),
      a.byCategory.map((c) => [
        c.category,
        n(c.total),
        n(c.completed),
        n(c.onTime),
        formatPercent(c.completionRate),
      ]),
    ),
  );

  heading('分来源完成情况');
  children.push(
    officialTable(
      groupColumns('任务来源'),
      a.bySource.map((s) => [
        sourceLabels[s.source as keyof typeof sourceLabels] ?? s.source,
        n(s.total),
        n(s.completed),
        n(s.onTime),
        formatPercent(s.completionRate),
      ]),
    ),
  );

  heading('牵头单位完成情况');
  children.push(bodyParagraph('按完成率排序，完成率相同的红灯、黄灯少者在前。', { keepNext: true }));
  children.push(...chart('unit'));
  children.push(
    officialTable(
      [
        { header: '排名', widthMm: 14 },
        { header: '牵头单位', widthMm: 56, align: 'left' },
        { header: '任务数', widthMm: 18 },
        { header: '已完成', widthMm: 18 },
        { header: '红灯', widthMm: 16 },
        { header: '黄灯', widthMm: 16 },
        { header: '完成率', widthMm: 22 },
      ],
      a.byUnit.map((u, i) => [
        n(i + 1),
        u.unitName,
        n(u.total),
        n(u.completed),
        n(u.red),
        n(u.yellow),
        formatPercent(u.completionRate),
      ]),
    ),
  );

  heading('红黄灯月度走势');
  children.push(
    bodyParagraph('各月数据为当月最后一日（本月为截至当日）的红黄绿灯数量。', { keepNext: true }),
  );
  children.push(...chart('trend'));
  children.push(
    officialTable(
      [
        { header: '月份', widthMm: 40 },
        { header: '红灯', widthMm: 38 },
        { header: '黄灯', widthMm: 38 },
        { header: '绿灯', widthMm: 40 },
      ],
      a.trend.map((p) => [`${Number(p.month.slice(5))}月`, n(p.red), n(p.yellow), n(p.green)]),
    ),
  );

  heading('量化指标完成情况');
  // A district has thousands of targets: past two pages' worth the table keeps to the chart's lowest 15.
  const listed = a.indicators.length <= 2 * CHART_TOP ? a.indicators : indicatorsForChart(a.indicators);
  if (a.indicators.length === 0) {
    children.push(bodyParagraph('本季度任务未设置量化指标。'));
  } else {
    children.push(
      bodyParagraph(
        '完成度为最近一次审核通过的报送值与目标值之比（“≤”类指标为目标值与报送值之比），100%为达到目标。',
        { keepNext: true },
      ),
    );
    // Nothing reported yet: no picture of empty bars.
    if (indicatorsForChart(a.indicators).length > 0) children.push(...chart('indicator'));
    if (listed.length === 0) {
      children.push(
        bodyParagraph(`指标共${a.indicators.length}项，截至${formatChineseDate(a.asOf)}均未报送数值。`),
      );
    } else if (listed.length < a.indicators.length) {
      children.push(
        bodyParagraph(
          `指标共${a.indicators.length}项，下表列出完成度最低的${listed.length}项；全部指标见系统“季度分析”页面。`,
          { keepNext: true },
        ),
      );
    }
    if (listed.length > 0)
      children.push(
        officialTable(
          [
            { header: '任务编号', widthMm: 32 },
            { header: '指标', widthMm: 30, align: 'left' },
            { header: '牵头单位', widthMm: 26, align: 'left' },
            { header: '目标', widthMm: 26 },
            { header: '报送值', widthMm: 22 },
            { header: '完成度', widthMm: 20 },
          ],
          listed.map((i) => [
            i.code ?? '',
            i.indicator,
            i.unitName,
            `${comparatorWords[i.comparator]}${i.target}${i.unit}`,
            i.reported === null ? '未报送' : `${i.reported}${i.unit}`,
            i.ratio === null ? '—' : formatPercent(i.ratio),
          ]),
        ),
      );
  }

  if (a.projects && a.projects.lights.total > 0) {
    heading('重点项目推进情况');
    children.push(...quarterlyProjectsBlocks(a.projects, chart('project-investment')));
  }
  const b = a.blockers;
  if (b && b.opened + b.cleared + b.closed + b.stillOpen > 0) {
    heading('项目堵点解决情况');
    children.push(...blockerSummaryParagraphs(b));
  }

  if (hasResponsibilityFigures(a.responsibility)) {
    heading('配合与验收情况');
    children.push(...quarterlyResponsibilityBlocks(a.responsibility));
  }

  children.push(...signatureParagraphs(issued.issuingOffice, issued.issuedDate));
  const doc = buildOfficialDocument({ title: quarterlyTitle(a), creator: issued.issuingOffice, children });
  return packOfficialDocument(doc);
}
