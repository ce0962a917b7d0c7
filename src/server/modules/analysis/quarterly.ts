import { z } from 'zod';
import { sourceLabels } from '../../../domain/ledger';
import { canReadDistrictAnalysis } from './analysis.policy';
import type {
  GroupFigures,
  IndicatorFigures,
  QuarterlyAnalysis,
  TrendPoint,
  UnitFigures,
} from '../../../domain/quarterly-charts';
import type { QuarterlyProjects } from '../../../domain/quarterly-projects';
import { periodEnd, periodStart } from '../../../domain/schedule';
import { shanghaiDate } from '../../clock';
import { readTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { formatChineseDate, formatPercent } from '../../documents/official-format';
import { AppError } from '../../errors';
import { computeBlockerSummary } from '../blockers/blocker-summary';
import { ZBlockerSummary } from '../blockers/blockers.schemas';
import { computeLights, lightSettingsOf } from '../lights/compute-lights';
import { renderQuarterlyCharts } from './charts';
import { computeQuarterlyProjects, projectsSummary, ZQuarterlyProjects } from './quarterly-projects';
import { computeQuarterlyResponsibility, ZQuarterlyResponsibility } from './quarterly-responsibility';
import { buildQuarterlyDocx, quarterlyTitle } from './quarterly-docx';
import { loadSettings } from '../settings/settings.repository';
import { loadMilestones, type TaskRow } from '../tasks/tasks.repository';
import { assertCan } from '../../policy/assert';
import {
  allUnitNames,
  approvedIndicatorValues,
  publishedQuarterTasks,
  quarterColumns,
  targetsOfTasks,
  tenantNameOf,
} from './analysis.repository';

export const ZQuarterQuery = z.strictObject({
  year: z.coerce
    .number()
    .int('年份应为整数')
    .min(2000, '年份应在2000至2100之间')
    .max(2100, '年份应在2000至2100之间'),
  quarter: z.coerce.number().int('季度应为1至4').min(1, '季度应为1至4').max(4, '季度应为1至4'),
});
export type QuarterQuery = z.infer<typeof ZQuarterQuery>;

const group = { total: z.number(), completed: z.number(), onTime: z.number(), completionRate: z.number() };
export const ZQuarterly = z.object({
  year: z.number(),
  quarter: z.number(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  districtName: z.string(),
  byCategory: z.array(z.object({ category: z.string(), ...group })),
  bySource: z.array(z.object({ source: z.string(), ...group })),
  byUnit: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      total: z.number(),
      completed: z.number(),
      red: z.number(),
      yellow: z.number(),
      completionRate: z.number(),
    }),
  ),
  trend: z.array(z.object({ month: z.string(), red: z.number(), yellow: z.number(), green: z.number() })),
  indicators: z.array(
    z.object({
      taskId: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      unitName: z.string(),
      indicator: z.string(),
      unit: z.string(),
      comparator: z.enum(['>=', '<=', '=', 'range']),
      target: z.number(),
      reported: z.number().nullable(),
      ratio: z.number().nullable(),
    }),
  ),
  summary: z.array(z.string()),
  projects: ZQuarterlyProjects,
  /** 堵点 of the quarter (issue #14): src/domain/blocker-summary.ts. */
  blockers: ZBlockerSummary.optional(),
  responsibility: ZQuarterlyResponsibility.optional(),
});

type QuarterTask = Pick<TaskRow, keyof typeof quarterColumns>;

/** Tasks without a category are grouped under this name. */
export const UNCATEGORISED = '未分类';

const rate = (done: number, total: number) => (total === 0 ? 0 : Math.round((done * 1000) / total) / 10);
const pad2 = (n: number) => String(n).padStart(2, '0');
const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * 季度分析, as of the quarter's last day (or today while it runs): the same task set and lights as the
 * bulletin, the lights endpoint and the ledger for that date — every task published by then and not
 * cancelled, with a lead unit — grouped by category, source and lead unit; the red/yellow counts at each
 * month's end; the quantified targets against the latest approved value; and a few sentences saying it.
 */
export async function quarterlyAnalysis(
  ctx: AuthedContext,
  query: QuarterQuery,
): Promise<QuarterlyAnalysis & { projects: QuarterlyProjects }> {
  assertCan(canReadDistrictAnalysis(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  if (periodStart(`${query.year}-Q${query.quarter}`) > today) {
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'quarter', message: '该季度尚未开始，无法分析' }] },
    });
  }
  return readTx(ctx, (tx) => computeQuarterly(tx, ctx.actor.tenantId, query.year, query.quarter, today));
}

export async function computeQuarterly(
  tx: Executor,
  tenantId: string,
  year: number,
  quarter: number,
  today: string,
): Promise<QuarterlyAnalysis & { projects: QuarterlyProjects }> {
  const from = periodStart(`${year}-Q${quarter}`);
  const to = periodEnd(`${year}-Q${quarter}`);
  const asOf = to < today ? to : today;
  const tenant = await tenantNameOf(tx, tenantId);
  const settings = lightSettingsOf(await loadSettings(tx, tenantId));
  // Only the columns the figures use: without the task text a district's 3,000 tasks load 2-4× faster.
  const all = (await publishedQuarterTasks(tx)).filter((t) => t.status !== 'cancelled' && t.leadUnitId);
  const liveAt = (date: string) => all.filter((t) => t.publishedAt && shanghaiDate(t.publishedAt) <= date);
  const isDone = (t: QuarterTask, date: string) =>
    t.status === 'completed' && t.completedAt !== null && shanghaiDate(t.completedAt) <= date;
  const onTime = (t: QuarterTask) =>
    t.completedAt !== null && t.dueDate !== null && shanghaiDate(t.completedAt) <= t.dueDate;

  const rows = liveAt(asOf);
  const details = await loadMilestones(
    tx,
    rows.map((r) => r.id),
  );
  // Lights at a date, counted the way the bulletin counts them: a task completed by then is green.
  const lightsAt = async (date: string) => {
    const live = liveAt(date);
    // computeLights reads a row's id, tenantId and light inputs (status, dates, progress, acceptedAt), all loaded.
    const lights = await computeLights(tx, live as TaskRow[], details, date, settings);
    const lightOf = new Map(
      live.map((t) => [t.id, isDone(t, date) ? 'green' : (lights.get(t.id)?.light ?? 'green')]),
    );
    return { live, lightOf };
  };
  const now = await lightsAt(asOf);
  const unitName = new Map((await allUnitNames(tx)).map((u) => [u.id, u.name]));

  const group = (list: QuarterTask[]): GroupFigures => {
    const done = list.filter((t) => isDone(t, asOf));
    return {
      total: list.length,
      completed: done.length,
      onTime: done.filter(onTime).length,
      completionRate: rate(done.length, list.length),
    };
  };
  const groupBy = (key: (t: QuarterTask) => string) => {
    const map = new Map<string, QuarterTask[]>();
    for (const t of rows) {
      const list = map.get(key(t));
      if (list) list.push(t);
      else map.set(key(t), [t]);
    }
    return [...map.entries()].map(([k, list]) => ({ key: k, ...group(list) }));
  };
  const byName = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key, 'zh-Hans-CN');
  const byCategory = groupBy((t) => t.category?.trim() || UNCATEGORISED)
    .sort(
      (a, b) =>
        (a.key === UNCATEGORISED ? 1 : 0) - (b.key === UNCATEGORISED ? 1 : 0) ||
        b.total - a.total ||
        byName(a, b),
    )
    .map(({ key, ...g }) => ({ category: key, ...g }));
  const sourceOrder = Object.keys(sourceLabels);
  const bySource = groupBy((t) => t.source)
    .sort((a, b) => sourceOrder.indexOf(a.key) - sourceOrder.indexOf(b.key))
    .map(({ key, ...g }) => ({ source: key, ...g }));

  // Lead units ranked as the bulletin ranks them: completion rate, then fewer red, fewer yellow, name.
  const unitMap = new Map<string, UnitFigures>();
  for (const t of rows) {
    const id = t.leadUnitId as string;
    const u = unitMap.get(id) ?? {
      unitId: id,
      unitName: unitName.get(id) ?? '',
      total: 0,
      completed: 0,
      red: 0,
      yellow: 0,
      completionRate: 0,
    };
    u.total++;
    if (isDone(t, asOf)) u.completed++;
    const light = now.lightOf.get(t.id);
    if (light === 'red') u.red++;
    if (light === 'yellow') u.yellow++;
    unitMap.set(id, u);
  }
  const byUnit = [...unitMap.values()]
    .map((u) => ({ ...u, completionRate: rate(u.completed, u.total) }))
    .sort(
      (a, b) =>
        b.completionRate - a.completionRate ||
        a.red - b.red ||
        a.yellow - b.yellow ||
        a.unitName.localeCompare(b.unitName, 'zh-Hans-CN'),
    );

  // Each month of the quarter that has begun, as of its last day (today for the month under way).
  const firstMonth = (quarter - 1) * 3 + 1;
  const trend: TrendPoint[] = [];
  const count = (lightOf: Map<string, string>, light: string) =>
    [...lightOf.values()].filter((l) => l === light).length;
  for (let m = firstMonth; m < firstMonth + 3; m++) {
    const month = `${year}-${pad2(m)}`;
    if (`${month}-01` > asOf) break;
    const end = periodEnd(month);
    const date = end < asOf ? end : asOf;
    const { live, lightOf } = date === asOf ? now : await lightsAt(date);
    const red = count(lightOf, 'red');
    const yellow = count(lightOf, 'yellow');
    trend.push({ month, red, yellow, green: live.length - red - yellow });
  }
  // The month before the last point, for 较上月: the quarter's previous month or the month before it began.
  const previousDate = trend.length >= 2 ? periodEnd(trend[trend.length - 2]?.month ?? '') : dayBefore(from);
  const previousRed =
    trend.length >= 2
      ? (trend[trend.length - 2]?.red ?? 0)
      : count((await lightsAt(previousDate)).lightOf, 'red');

  const indicators = await indicatorFigures(tx, rows, asOf, unitName);
  const analysis = {
    year,
    quarter,
    from,
    to,
    asOf,
    districtName: tenant?.name ?? '',
    byCategory,
    bySource,
    byUnit,
    trend,
    indicators,
    summary: [] as string[],
    projects: await computeQuarterlyProjects(tx, await loadSettings(tx, tenantId), year, asOf),
    blockers: await computeBlockerSummary(tx, from, asOf),
    responsibility: await computeQuarterlyResponsibility(tx, tenantId, from, to, asOf, unitName),
  };
  const summary = [...quarterlySummary(analysis, previousRed), ...projectsSummary(analysis.projects)];
  return { ...analysis, summary };
}

/** Each quantified target of the tasks, with the latest value approved on or before `asOf`. */
async function indicatorFigures(
  tx: Executor,
  rows: QuarterTask[],
  asOf: string,
  unitName: Map<string, string>,
): Promise<IndicatorFigures[]> {
  const taskById = new Map(rows.map((t) => [t.id, t]));
  const targets = rows.length
    ? (await targetsOfTasks(tx, [...taskById.keys()])).filter((t) => !t.placeholder && t.targetValue !== null)
    : [];
  const values = targets.length
    ? await approvedIndicatorValues(
        tx,
        targets.map((t) => t.id),
      )
    : [];
  const latest = new Map<string, { value: number; at: number; period: string }>();
  for (const v of values) {
    if (!v.reviewedAt || shanghaiDate(v.reviewedAt) > asOf) continue;
    const seen = latest.get(v.targetId);
    const at = v.reviewedAt.getTime();
    if (!seen || at > seen.at || (at === seen.at && v.period > seen.period))
      latest.set(v.targetId, { value: v.value, at, period: v.period });
  }
  return targets
    .map((t) => {
      const task = taskById.get(t.taskId) as QuarterTask;
      const target = t.targetValue as number;
      const reported = latest.get(t.id)?.value ?? null;
      return {
        taskId: t.taskId,
        code: task.code,
        title: task.title,
        unitName: unitName.get(task.leadUnitId as string) ?? '',
        indicator: t.indicator,
        unit: t.unit,
        comparator: t.comparator,
        target,
        reported,
        ratio: achievement(t.comparator, target, reported),
        position: t.position,
      };
    })
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '') || a.position - b.position)
    .map(({ position: _position, ...rest }) => rest);
}

/** Reported against target in percent, one decimal; a "≤" target is met when the value stays under it. */
export function achievement(
  comparator: IndicatorFigures['comparator'],
  target: number,
  reported: number | null,
): number | null {
  if (reported === null) return null;
  if (comparator === '<=') return reported <= 0 ? 100 : Math.round((target / reported) * 1000) / 10;
  if (target === 0) return reported >= 0 ? 100 : 0;
  return Math.round((reported / target) * 1000) / 10;
}

/** The generated sentences that open the analysis; plain figures, no judgement beyond the numbers. */
export function quarterlySummary(a: Omit<QuarterlyAnalysis, 'summary'>, previousRed: number): string[] {
  const total = a.byUnit.reduce((s, u) => s + u.total, 0);
  const completed = a.byUnit.reduce((s, u) => s + u.completed, 0);
  const onTime = a.bySource.reduce((s, g) => s + g.onTime, 0);
  const last = a.trend[a.trend.length - 1] ?? { red: 0, yellow: 0 };
  const change = last.red - previousRed;
  const redChange =
    change > 0 ? `红灯较上月增加${change}项` : change < 0 ? `红灯较上月减少${-change}项` : '红灯与上月持平';
  const out = [
    `本季度共有任务${total}项，完成${completed}项，完成率${formatPercent(rate(completed, total))}，其中按期完成${onTime}项。`,
    `截至${formatChineseDate(a.asOf)}，红灯${last.red}项、黄灯${last.yellow}项；${redChange}。`,
  ];
  const cats = a.byCategory.filter((c) => c.category !== UNCATEGORISED);
  if (cats.length >= 2) {
    const sorted = [...cats].sort((x, y) => y.completionRate - x.completionRate);
    const best = sorted[0];
    const worst = sorted[sorted.length - 1];
    if (best && worst && best.completionRate !== worst.completionRate) {
      out.push(
        `分类别看，“${best.category}”类完成率最高（${formatPercent(best.completionRate)}），“${worst.category}”类最低（${formatPercent(worst.completionRate)}）。`,
      );
    }
  }
  const mostRed = [...a.byUnit].sort((x, y) => y.red - x.red)[0];
  const top = a.byUnit[0];
  if (top && a.byUnit.length >= 2) {
    out.push(
      `牵头单位中，${top.unitName}完成率最高（${formatPercent(top.completionRate)}）` +
        (mostRed && mostRed.red > 0 ? `；${mostRed.unitName}红灯最多（${mostRed.red}项）。` : '。'),
    );
  }
  if (a.indicators.length > 0) {
    const reported = a.indicators.filter((i) => i.ratio !== null);
    const met = reported.filter((i) => (i.ratio ?? 0) >= 100).length;
    const lowest = [...reported].sort((x, y) => (x.ratio ?? 0) - (y.ratio ?? 0))[0];
    out.push(
      `量化指标${a.indicators.length}项，已报送数值${reported.length}项，达到目标${met}项` +
        (lowest && (lowest.ratio ?? 0) < 100
          ? `；完成度最低的是“${lowest.indicator}”（${formatPercent(lowest.ratio ?? 0)}）。`
          : '。'),
    );
  }
  return out;
}

/** The analysis as the official Word document, its four charts drawn on the server and embedded as PNG. */
export async function quarterlyDocument(
  ctx: AuthedContext,
  query: QuarterQuery,
): Promise<{ fileName: string; bytes: Buffer }> {
  const analysis = await quarterlyAnalysis(ctx, query);
  const bytes = await buildQuarterlyDocx(analysis, await renderQuarterlyCharts(analysis), {
    issuingOffice: '区委区政府督查室',
    issuedDate: shanghaiDate(ctx.clock.now()),
  });
  return { fileName: `${quarterlyTitle(analysis)}.docx`, bytes };
}
