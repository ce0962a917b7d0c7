/**
 * The key projects part of the quarterly analysis (issue #13): its figures' shape and the chart of
 * investment by month, plan vs actual, for the page and the Word export alike (as quarterly-charts.ts).
 * Amounts are 万元 strings with two decimals ("1234.50"); the chart alone turns them into numbers to draw.
 */
import { parseWan } from './money';
import { CHART_COLORS, type ChartBase } from './quarterly-charts';

export interface QuarterlyInvestmentGroup {
  name: string;
  projects: number;
  planToDate: string;
  completed: string;
  /** completed / planToDate, whole percent rounded down. */
  rate: number;
}

export interface QuarterlyProjects {
  /** The plan year (the quarter's year). */
  year: number;
  asOf: string;
  lights: { total: number; red: number; yellow: number; green: number };
  total: { planToDate: string; completed: string; rate: number };
  /** January to the quarter's last month begun: the month's plan and completed, and both from January. */
  byMonth: Array<{
    month: string;
    plan: string;
    completed: string;
    cumulativePlan: string;
    cumulativeCompleted: string;
  }>;
  byType: QuarterlyInvestmentGroup[];
  byStreet: QuarterlyInvestmentGroup[];
}

export interface ProjectChartText {
  title: string;
  plan: string;
  completed: string;
  cumulativePlan: string;
  cumulativeCompleted: string;
  amount: string;
  month: (month: string) => string;
}

export const projectChartTextZh: ProjectChartText = {
  title: '重点项目月度投资：计划与完成',
  plan: '当月计划',
  completed: '当月完成',
  cumulativePlan: '累计计划',
  cumulativeCompleted: '累计完成',
  amount: '万元',
  month: (m) => `${Number(m.slice(5, 7))}月`,
};

// Drawing only: 万元 with two decimals as a number for the axis; the figures themselves stay strings.
const drawn = (amount: string) => parseWan(amount) / 100;

/** Bars of the month's plan and completed, lines of both summed from January. */
export function projectInvestmentChartOption(
  p: Pick<QuarterlyProjects, 'byMonth'>,
  text: ProjectChartText = projectChartTextZh,
  opts: ChartBase = {},
): Record<string, unknown> {
  const line = (name: string, data: number[], color: string, dashed: boolean) => ({
    type: 'line',
    name,
    data,
    itemStyle: { color },
    lineStyle: { color, width: 2, ...(dashed ? { type: 'dashed' } : {}) },
    symbolSize: 6,
  });
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: opts.fontFamily ? { fontFamily: opts.fontFamily } : {},
    title: { text: text.title, left: 'center', top: 6, textStyle: { fontSize: 16, fontWeight: 'bold' } },
    tooltip: { trigger: 'axis' },
    legend: {
      top: 34,
      data: [text.plan, text.completed, text.cumulativePlan, text.cumulativeCompleted],
    },
    grid: { left: opts.narrow ? 56 : 72, right: 24, top: 80, bottom: 40 },
    xAxis: { type: 'category', data: p.byMonth.map((m) => text.month(m.month)) },
    yAxis: { type: 'value', name: text.amount },
    series: [
      {
        type: 'bar',
        name: text.plan,
        barMaxWidth: 28,
        itemStyle: { color: CHART_COLORS.grey },
        data: p.byMonth.map((m) => drawn(m.plan)),
      },
      {
        type: 'bar',
        name: text.completed,
        barMaxWidth: 28,
        itemStyle: { color: CHART_COLORS.blue },
        data: p.byMonth.map((m) => drawn(m.completed)),
      },
      line(
        text.cumulativePlan,
        p.byMonth.map((m) => drawn(m.cumulativePlan)),
        CHART_COLORS.grey,
        true,
      ),
      line(
        text.cumulativeCompleted,
        p.byMonth.map((m) => drawn(m.cumulativeCompleted)),
        CHART_COLORS.green,
        false,
      ),
    ],
  };
}
