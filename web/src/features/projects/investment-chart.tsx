import { Segmented, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { Project, ProjectReport } from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { EChart } from '../charts/echart';
import { formatCents, periodLabel, wanToCents } from './labels';

interface MonthRow {
  month: number;
  plan: number;
  done: number;
  planCum: number;
  doneCum: number;
}

/** Plan and completed investment of the project's year by month, in cents (returned reports do not count). */
export function investmentByMonth(project: Project, reports: readonly ProjectReport[]): MonthRow[] {
  let planCum = 0;
  let doneCum = 0;
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const plan = wanToCents(project.monthlyPlan.find((m) => m.month === month)?.amount ?? '0') || 0;
    const done = reports
      .filter((r) => r.year === project.year && r.month === month && r.status !== 'returned')
      .reduce((sum, r) => sum + (wanToCents(r.amount) || 0), 0);
    planCum += plan;
    doneCum += done;
    return { month, plan, done, planCum, doneCum };
  });
}

const wan = (cents: number) => cents / 100;

/** 投资完成: monthly plan vs completed (bars) and both cumulated (lines), in 万元; a table view beside it. */
export function InvestmentChart({
  project,
  reports,
}: {
  project: Project;
  reports: readonly ProjectReport[];
}) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const rows = useMemo(() => investmentByMonth(project, reports), [project, reports]);
  const option = useMemo(
    () => ({
      title: { text: t('project.investmentChartTitle', { year: project.year }), textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: {
        bottom: 0,
        type: 'scroll',
        data: [t('project.planMonth'), t('project.doneMonth'), t('project.planCum'), t('project.doneCum')],
      },
      grid: { left: 56, right: 56, top: 68, bottom: 72 },
      xAxis: {
        type: 'category',
        name: t('project.monthAxis'),
        nameLocation: 'middle',
        nameGap: 26,
        data: rows.map((r) => t('project.monthShort', { month: r.month })),
      },
      yAxis: [
        { type: 'value', name: t('project.monthAmountAxis') },
        { type: 'value', name: t('project.cumAmountAxis'), splitLine: { show: false } },
      ],
      series: [
        {
          name: t('project.planMonth'),
          type: 'bar',
          data: rows.map((r) => wan(r.plan)),
          itemStyle: { color: '#91caff' },
        },
        {
          name: t('project.doneMonth'),
          type: 'bar',
          data: rows.map((r) => wan(r.done)),
          itemStyle: { color: '#1f4e8c' },
        },
        {
          name: t('project.planCum'),
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => wan(r.planCum)),
          lineStyle: { type: 'dashed' },
          itemStyle: { color: '#8c8c8c' },
        },
        {
          name: t('project.doneCum'),
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => wan(r.doneCum)),
          itemStyle: { color: '#d48806' },
        },
      ],
    }),
    [rows, t, project.year],
  );
  return (
    <>
      <Segmented<'chart' | 'table'>
        size="small"
        value={view}
        onChange={(v) => setView(v)}
        options={[
          { value: 'chart', label: t('project.viewChart') },
          { value: 'table', label: t('project.viewTable') },
        ]}
        style={{ marginBottom: 8 }}
      />
      {view === 'chart' ? (
        <EChart
          option={option}
          ariaLabel={t('project.investmentChartTitle', { year: project.year })}
          style={{ height: 300 }}
        />
      ) : (
        <Table<MonthRow>
          rowKey="month"
          size="small"
          pagination={false}
          scroll={{ x: 480 }}
          dataSource={rows}
          columns={[
            {
              key: 'm',
              title: t('project.monthAxis'),
              render: (_, r) => periodLabel(t, project.year, r.month),
            },
            {
              key: 'p',
              title: t('project.planMonth'),
              align: 'right',
              render: (_, r) => formatCents(r.plan),
            },
            {
              key: 'd',
              title: t('project.doneMonth'),
              align: 'right',
              render: (_, r) => formatCents(r.done),
            },
            {
              key: 'pc',
              title: t('project.planCum'),
              align: 'right',
              render: (_, r) => formatCents(r.planCum),
            },
            {
              key: 'dc',
              title: t('project.doneCum'),
              align: 'right',
              render: (_, r) => formatCents(r.doneCum),
            },
          ]}
        />
      )}
    </>
  );
}
