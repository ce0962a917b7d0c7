import { Empty, Flex, Segmented, Table, Tabs, Tag, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState } from 'react';
import type { Report, Target, Task } from '../../api/types';
import { useT, type Translate } from '../../i18n/i18n';
import { BRAND_BLUE } from '../../theme';
import { EChart } from '../charts/echart';
import { formatNumber } from '../common/format';
import { formatTargetValue } from '../tasks/labels';
import { periodEndDate, periodLabel } from '../tasks/period';

const DAY = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

interface Point {
  period: string;
  date: string;
  planned: number | null;
  reported: number;
}

interface Trajectory {
  start: string;
  end: string;
  from: number;
  to: number;
  points: Point[];
}

/** The planned straight line from the baseline (or 0) at the start to the target at its deadline, and the values approved reports gave. */
export function trajectoryOf(task: Task, target: Target, reports: readonly Report[]): Trajectory | null {
  const end = target.deadline ?? task.dueDate;
  if (!task.startDate || !end || target.targetValue === null) return null;
  const from = target.baseline ?? 0;
  const to = target.targetValue;
  const span = toDay(end) - toDay(task.startDate);
  const plannedAt = (date: string): number | null => {
    if (span <= 0) return to;
    const x = (toDay(date) - toDay(task.startDate as string)) / span;
    if (x < 0) return from;
    return x > 1 ? to : from + (to - from) * x;
  };
  const points = reports
    .filter((r) => r.status === 'approved')
    .flatMap((r) => {
      const v = r.indicatorValues.find((iv) => iv.targetId === target.id);
      const date = periodEndDate(r.period);
      return v && date ? [{ period: r.period, date, planned: plannedAt(date), reported: v.value }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return { start: task.startDate, end, from, to, points };
}

function chartOption(t: Translate, target: Target, tr: Trajectory): EChartsCoreOption {
  const unit = target.unit ? `（${target.unit}）` : '';
  const fmt = (v: unknown) => (typeof v === 'number' ? `${formatNumber(v)}${target.unit}` : '—');
  return {
    title: {
      text: t('trajectory.chartTitle', { indicator: target.indicator }),
      subtext: t('trajectory.chartSubtitle', { target: formatTargetValue(t, target), due: tr.end }),
      left: 8,
      textStyle: { fontSize: 14, fontWeight: 600 },
      subtextStyle: { color: '#595959' },
    },
    tooltip: {
      trigger: 'axis',
      valueFormatter: fmt,
    },
    legend: { bottom: 0, data: [t('trajectory.planned'), t('trajectory.reported')] },
    // Title and subtitle take the first ~48 px; the y axis's name sits above the grid, below them.
    grid: { left: 16, right: 40, top: 96, bottom: 56, containLabel: true },
    xAxis: {
      type: 'time',
      name: t('trajectory.axisDate'),
      nameLocation: 'middle',
      nameGap: 28,
      min: tr.start,
      max: tr.end,
      axisLabel: { hideOverlap: true, formatter: '{yyyy}-{MM}' },
    },
    yAxis: {
      type: 'value',
      name: `${t('trajectory.axisValue')}${unit}`,
      nameLocation: 'end',
      nameGap: 14,
      nameTextStyle: { align: 'left', color: '#595959' },
      scale: false,
    },
    series: [
      {
        name: t('trajectory.planned'),
        type: 'line',
        data: [
          [tr.start, tr.from],
          [tr.end, tr.to],
        ],
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#8c8c8c', width: 2 },
        itemStyle: { color: '#8c8c8c' },
      },
      {
        name: t('trajectory.reported'),
        type: 'line',
        data: tr.points.map((p) => [p.date, p.reported]),
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { color: BRAND_BLUE, width: 2 },
        itemStyle: { color: BRAND_BLUE },
        label: {
          show: true,
          position: 'top',
          formatter: ({ value }: { value: [string, number] }) => formatNumber(value[1]),
        },
      },
    ],
  };
}

function TargetBlock({
  task,
  target,
  reports,
  view,
}: {
  task: Task;
  target: Target;
  reports: readonly Report[];
  view: 'chart' | 'table';
}) {
  const t = useT();
  const tr = useMemo(() => trajectoryOf(task, target, reports), [task, target, reports]);
  const option = useMemo(() => (tr ? chartOption(t, target, tr) : null), [t, target, tr]);
  const facts = (
    <Flex wrap gap={8} style={{ marginBottom: 8 }}>
      <Tag color="blue">{t('trajectory.target', { value: formatTargetValue(t, target) })}</Tag>
      {target.baseline !== null ? (
        <Tag>{t('task.baselineValue', { value: formatNumber(target.baseline) })}</Tag>
      ) : null}
      {target.currentValue !== null ? (
        <Tag>{t('task.currentValue', { value: `${formatNumber(target.currentValue)}${target.unit}` })}</Tag>
      ) : null}
    </Flex>
  );
  if (!tr || !option) {
    return (
      <>
        {facts}
        <Typography.Text type="secondary">{t('trajectory.noNumber')}</Typography.Text>
      </>
    );
  }
  if (view === 'table') {
    const rows = [
      {
        key: 'start',
        label: t('trajectory.startRow', { date: tr.start }),
        planned: tr.from as number | null,
        reported: null as number | null,
      },
      ...tr.points.map((p) => ({
        key: p.period,
        label: periodLabel(t, p.period),
        planned: p.planned,
        reported: p.reported as number | null,
      })),
      { key: 'end', label: t('trajectory.endRow', { date: tr.end }), planned: tr.to, reported: null },
    ];
    const cell = (v: number | null) => (v === null ? '—' : `${formatNumber(v)}${target.unit}`);
    return (
      <>
        {facts}
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          caption={
            <Typography.Text strong>
              {t('trajectory.chartTitle', { indicator: target.indicator })}
            </Typography.Text>
          }
          columns={[
            { title: t('trajectory.period'), dataIndex: 'label', key: 'label' },
            {
              title: t('trajectory.planned'),
              dataIndex: 'planned',
              key: 'planned',
              align: 'right',
              render: cell,
            },
            {
              title: t('trajectory.reported'),
              dataIndex: 'reported',
              key: 'reported',
              align: 'right',
              render: cell,
            },
          ]}
        />
      </>
    );
  }
  return (
    <>
      {facts}
      <EChart
        option={option}
        ariaLabel={t('trajectory.aria', { indicator: target.indicator, count: tr.points.length })}
        style={{ height: 330 }}
      />
      {tr.points.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('trajectory.noReports')}
        </Typography.Text>
      ) : null}
    </>
  );
}

/** 量化目标: each target's planned trajectory against the values of approved reports; chart or table. */
export function TargetTrajectories({ task, reports }: { task: Task; reports: readonly Report[] }) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  if (task.targets.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('task.noTargets')} />;
  }
  const toggle = (
    <Segmented<'chart' | 'table'>
      size="small"
      value={view}
      onChange={setView}
      options={[
        { value: 'chart', label: t('trajectory.viewChart') },
        { value: 'table', label: t('trajectory.viewTable') },
      ]}
      aria-label={t('trajectory.viewToggle')}
    />
  );
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        {toggle}
      </Flex>
      {task.targets.length === 1 ? (
        <TargetBlock task={task} target={task.targets[0] as Target} reports={reports} view={view} />
      ) : (
        <Tabs
          items={task.targets.map((g) => ({
            key: g.id,
            label: g.indicator,
            children: <TargetBlock task={task} target={g} reports={reports} view={view} />,
          }))}
        />
      )}
    </>
  );
}
