import { formatWan, parseWan, percentOf } from '../../../domain/money';
import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import { writeInvestmentXlsx } from '../../documents/project-ledger-xlsx';
import { assertCan } from '../../policy/assert';
import { visibleProjects } from './export-projects';
import { canExportInvestment } from './projects-board.policy';

/**
 * The year's monthly investment table (月度投资完成情况表): a row per project of the year with each month's
 * plan and completed amount (approved or submitted reports, as the lights count them), the year's totals
 * and the completion rate, and a 合计 row; sums in integer cents.
 */
export async function exportInvestment(
  ctx: AuthedContext,
  year: number | undefined,
): Promise<{ bytes: Buffer; fileName: string }> {
  assertCan(canExportInvestment(ctx.actor));
  const y = year ?? Number(shanghaiDate(ctx.clock.now()).slice(0, 4));
  const { asOf, district, items } = await visibleProjects(ctx, { year: y });
  const columns = [
    { header: '序号', width: 6 },
    { header: '项目编号', width: 14 },
    { header: '项目名称', width: 28 },
    { header: '项目类型', width: 10 },
    { header: '主体推进单位', width: 14 },
    { header: '年度计划投资（万元）', width: 14 },
    ...Array.from({ length: 12 }, (_, i) => [
      { header: `${i + 1}月计划`, width: 10 },
      { header: `${i + 1}月完成`, width: 10 },
    ]).flat(),
    { header: '计划合计', width: 12 },
    { header: '完成合计', width: 12 },
    { header: '完成率（%）', width: 10 },
  ];
  const money = new Set<number>();
  for (let c = 6; c <= 6 + 24 + 2; c++) money.add(c);
  const wan = (cents: number) => Number(formatWan(cents));
  const total = { annual: 0, plan: Array<number>(12).fill(0), done: Array<number>(12).fill(0) };
  const rows: Array<Array<string | number>> = items.map((p, i) => {
    const annual = parseWan(p.annualPlan);
    total.annual += annual;
    const cells: Array<string | number> = [i + 1, p.code, p.name, p.type, p.street ?? '', wan(annual)];
    let planSum = 0;
    let doneSum = 0;
    for (let m = 0; m < 12; m++) {
      const plan = p.monthlyPlanCents[m] ?? 0;
      const done = p.monthlyDoneCents[m] ?? 0;
      planSum += plan;
      doneSum += done;
      total.plan[m] = (total.plan[m] ?? 0) + plan;
      total.done[m] = (total.done[m] ?? 0) + done;
      cells.push(wan(plan), wan(done));
    }
    cells.push(wan(planSum), wan(doneSum), percentOf(doneSum, planSum));
    return cells;
  });
  const planAll = total.plan.reduce((a, b) => a + b, 0);
  const doneAll = total.done.reduce((a, b) => a + b, 0);
  rows.push([
    '合计',
    '',
    `${items.length} 个项目`,
    '',
    '',
    wan(total.annual),
    ...total.plan.flatMap((p, m) => [wan(p), wan(total.done[m] ?? 0)]),
    wan(planAll),
    wan(doneAll),
    percentOf(doneAll, planAll),
  ]);
  const title = `${district}${y}年重点项目月度投资完成情况表（截至${asOf}）`;
  return {
    bytes: await writeInvestmentXlsx(columns, rows, money, title),
    fileName: `${district}${y}年重点项目月度投资-${asOf}.xlsx`,
  };
}
