/**
 * The quarterly analysis (季度分析): its figures' shape and the four ECharts options drawn from them. One
 * module for the page (web/src/features/analysis) and the Word export (server-side rendering to PNG), so
 * the picture in the document is the picture on the screen: same colours, same order, same top 15.
 */
import type { QuarterlyProjects } from './quarterly-projects';
import type { QuarterlyResponsibility } from './quarterly-responsibility';
import type { BlockerSummary } from './blocker-summary';

/** Counts of one group of tasks (a category or a source) as of the analysis date. */
export interface GroupFigures {
  total: number;
  completed: number;
  /** Completed by the task's due date. */
  onTime: number;
  /** 0..100, one decimal. */
  completionRate: number;
}

export interface UnitFigures {
  unitId: string;
  unitName: string;
  total: number;
  completed: number;
  red: number;
  yellow: number;
  completionRate: number;
}

export interface TrendPoint {
  /** 'YYYY-MM': lights as of that month's last day (or today for the month under way). */
  month: string;
  red: number;
  yellow: number;
  green: number;
}

export interface IndicatorFigures {
  taskId: string;
  code: string | null;
  title: string;
  unitName: string;
  indicator: string;
  unit: string;
  comparator: '>=' | '<=' | '=' | 'range';
  target: number;
  /** The latest value approved in a progress report by the analysis date; null when none was. */
  reported: number | null;
  /** Reported against target in percent (for "≤" targets, target against reported): 100 = met. */
  ratio: number | null;
}

export interface QuarterlyAnalysis {
  year: number;
  quarter: number;
  /** First and last day of the quarter, YYYY-MM-DD. */
  from: string;
  to: string;
  /** The quarter's last day, or today while the quarter is under way. */
  asOf: string;
  districtName: string;
  byCategory: Array<{ category: string } & GroupFigures>;
  bySource: Array<{ source: string } & GroupFigures>;
  byUnit: UnitFigures[];
  trend: TrendPoint[];
  indicators: IndicatorFigures[];
  summary: string[];
  /** Key projects (issue #13, domain/quarterly-projects.ts); absent in figures made before it. */
  projects?: QuarterlyProjects;
  /** 堵点 of the quarter (issue #14). */
  blockers?: BlockerSummary;
  /** Co-units' shares and acceptance per unit (issue 15); absent in figures made before it. */
  responsibility?: QuarterlyResponsibility;
}

/** The palette of the lights as the web shows them (web/src/theme.ts LIGHT_COLORS) and the brand blue. */
export const CHART_COLORS = {
  red: '#cf1322',
  yellow: '#d48806',
  green: '#389e0d',
  blue: '#1f4e8c',
  grey: '#8c8c8c',
} as const;

/** How many units and indicators a chart shows; the tables under the charts list them all. */
export const CHART_TOP = 15;

/** Words on the charts; Chinese by default (the Word export), the page passes its own language. */
export interface ChartText {
  categoryTitle: string;
  unitTitle: string;
  trendTitle: string;
  indicatorTitle: string;
  completionRate: string;
  ratio: string;
  count: string;
  red: string;
  yellow: string;
  target: string;
  month: (month: string) => string;
}

export const chartTextZh: ChartText = {
  categoryTitle: '各类别任务完成率',
  unitTitle: '牵头单位完成率（前15名）',
  trendTitle: '红黄灯数量月度走势',
  indicatorTitle: '量化指标完成度（完成度最低的15项）',
  completionRate: '完成率（%）',
  ratio: '完成度（%）',
  count: '任务数（项）',
  red: '红灯',
  yellow: '黄灯',
  target: '目标',
  month: (m) => `${Number(m.slice(5, 7))}月`,
};

/** Options that every chart carries: no animation (a server renders one frame), a readable font. */
export interface ChartBase {
  fontFamily?: string;
  /** A phone: names are cut shorter so the bars keep room. */
  narrow?: boolean;
}

type Option = Record<string, unknown>;

function base(title: string, opts: ChartBase): Option {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: opts.fontFamily ? { fontFamily: opts.fontFamily } : {},
    title: { text: title, left: 'center', top: 6, textStyle: { fontSize: 16, fontWeight: 'bold' } },
    tooltip: { trigger: 'axis' },
  };
}

const percentLabel = { show: true, position: 'right', formatter: '{c}%' } as const;

/** Long names are cut so the axis keeps room for the bars; the table gives them whole. */
export function shortLabel(text: string, max = 12): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Completion rate by category (vertical bars). */
export function categoryChartOption(
  a: Pick<QuarterlyAnalysis, 'byCategory'>,
  text: ChartText = chartTextZh,
  opts: ChartBase = {},
): Option {
  return {
    ...base(text.categoryTitle, opts),
    grid: { left: 56, right: 24, top: 56, bottom: a.byCategory.length > 8 ? 72 : 40 },
    xAxis: {
      type: 'category',
      data: a.byCategory.map((c) => shortLabel(c.category, 8)),
      axisLabel: { interval: 0, rotate: a.byCategory.length > 8 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: text.completionRate, min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        name: text.completionRate,
        barMaxWidth: 48,
        itemStyle: { color: CHART_COLORS.blue },
        label: { show: true, position: 'top', formatter: '{c}%' },
        data: a.byCategory.map((c) => c.completionRate),
      },
    ],
  };
}

/**
 * Horizontal bars of percentages, one row a name, the first row on top: for units and indicators, whose
 * names are long. `extra` adds to the series (the indicators' target line).
 */
function percentRows(
  title: string,
  axisName: string,
  names: readonly string[],
  data: readonly unknown[],
  max: number,
  opts: ChartBase,
  extra: Option = {},
): Option {
  return {
    ...base(title, opts),
    grid: { left: opts.narrow ? 96 : 180, right: 64, top: 56, bottom: 40 },
    xAxis: {
      type: 'value',
      name: axisName,
      nameLocation: 'middle',
      nameGap: 26,
      min: 0,
      max,
      ...(max <= 200 ? { interval: 20 } : {}),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names.map((n) => shortLabel(n, opts.narrow ? 7 : 12)),
      axisLabel: { interval: 0 },
    },
    series: [
      {
        type: 'bar',
        name: axisName,
        barMaxWidth: 22,
        itemStyle: { color: CHART_COLORS.blue },
        label: percentLabel,
        data,
        ...extra,
      },
    ],
  };
}

/** The first 15 lead units in rank order, top to bottom. */
export function unitChartOption(
  a: Pick<QuarterlyAnalysis, 'byUnit'>,
  text: ChartText = chartTextZh,
  opts: ChartBase = {},
): Option {
  const top = a.byUnit.slice(0, CHART_TOP);
  return percentRows(
    text.unitTitle,
    text.completionRate,
    top.map((u) => u.unitName),
    top.map((u) => u.completionRate),
    100,
    opts,
  );
}

/** Red and yellow counts at each month's end (lines in the lights' colours). */
export function trendChartOption(
  a: Pick<QuarterlyAnalysis, 'trend'>,
  text: ChartText = chartTextZh,
  opts: ChartBase = {},
): Option {
  return {
    ...base(text.trendTitle, opts),
    legend: { top: 34, data: [text.red, text.yellow] },
    grid: { left: 56, right: 32, top: 72, bottom: 40 },
    xAxis: { type: 'category', data: a.trend.map((p) => text.month(p.month)) },
    yAxis: { type: 'value', name: text.count, minInterval: 1 },
    series: [
      {
        type: 'line',
        name: text.red,
        data: a.trend.map((p) => p.red),
        itemStyle: { color: CHART_COLORS.red },
        lineStyle: { color: CHART_COLORS.red, width: 3 },
        symbolSize: 8,
        label: { show: true, position: 'top' },
      },
      {
        type: 'line',
        name: text.yellow,
        data: a.trend.map((p) => p.yellow),
        itemStyle: { color: CHART_COLORS.yellow },
        lineStyle: { color: CHART_COLORS.yellow, width: 3 },
        symbolSize: 8,
        // Beside the point, not under it: a zero would sit on the month labels.
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** The indicators the chart shows: those with a reported value, least achieved first, at most 15. */
export function indicatorsForChart(indicators: readonly IndicatorFigures[]): IndicatorFigures[] {
  return indicators
    .filter((i) => i.ratio !== null)
    .sort((x, y) => (x.ratio ?? 0) - (y.ratio ?? 0))
    .slice(0, CHART_TOP);
}

/** Reported value against target as a percentage per indicator, with the target as a line at 100 %. */
export function indicatorChartOption(
  a: Pick<QuarterlyAnalysis, 'indicators'>,
  text: ChartText = chartTextZh,
  opts: ChartBase = {},
): Option {
  const shown = indicatorsForChart(a.indicators);
  const max = Math.max(120, ...shown.map((i) => Math.ceil(((i.ratio ?? 0) + 10) / 20) * 20));
  // A met target is green; the target itself is the dashed line at 100 %.
  const data = shown.map((i) => ({
    value: i.ratio,
    itemStyle: { color: (i.ratio ?? 0) >= 100 ? CHART_COLORS.green : CHART_COLORS.blue },
  }));
  return percentRows(
    text.indicatorTitle,
    text.ratio,
    shown.map((i) => i.indicator),
    data,
    max,
    opts,
    {
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: { color: CHART_COLORS.red, type: 'dashed', width: 2 },
        // The axis is inverted (first indicator on top), so the line's start is its top end.
        label: { formatter: text.target, position: 'start' },
        data: [{ xAxis: 100 }],
      },
    },
  );
}

/** The four charts in document order, with a file-name key each. */
export const QUARTERLY_CHARTS = [
  { key: 'category', option: categoryChartOption },
  { key: 'unit', option: unitChartOption },
  { key: 'trend', option: trendChartOption },
  { key: 'indicator', option: indicatorChartOption },
] as const;
