import type { rollupZhCN } from './rollup.zh-CN';

/** English strings of the key projects in the bulletin preview and the quarterly analysis. */
export const rollupEn: Record<keyof typeof rollupZhCN, string> = {
  'rollup.bulletinTitle': 'Key projects',
  'rollup.bulletinSummary':
    '{total} key projects: {red} red, {yellow} yellow, {green} green; {completed} of {planToDate} (10k yuan) invested to date, {rate}%; this month {monthCompleted} of {monthPlan} planned.',
  'rollup.projects': 'Projects',
  'rollup.monthPlan': 'Month plan',
  'rollup.monthCompleted': 'Month done',
  'rollup.planToDate': 'Plan to date',
  'rollup.completed': 'Done to date',
  'rollup.rate': 'Rate',
  'rollup.byType': 'By type (10k yuan)',
  'rollup.byStreet': 'By street (10k yuan)',
  'rollup.type': 'Type',
  'rollup.street': 'Street office',
  'rollup.noStreet': 'no street office',
  'rollup.flagged': 'Red and yellow projects',
  'rollup.lateNodes': 'Lagging nodes',
  'rollup.plannedEnd': 'due {date}',
  'rollup.daysLate': '{days} days late',
  'rollup.quarterlyTitle': 'Key projects',
  'rollup.quarterlyLights':
    '{total} key projects: {red} red, {yellow} yellow, {green} green; {completed} of {planToDate} (10k yuan) invested to date, {rate}%.',
  'rollup.chartTitle': 'Key projects: investment by month, plan vs done',
  'rollup.chartPlan': 'Month plan',
  'rollup.chartCompleted': 'Month done',
  'rollup.chartCumulativePlan': 'Plan to date',
  'rollup.chartCumulativeCompleted': 'Done to date',
  'rollup.chartAmount': '10k yuan',
  'rollup.month': 'Month',
  'rollup.monthLabel': '{month}',
  'rollup.byMonth': 'By month (10k yuan)',
};
