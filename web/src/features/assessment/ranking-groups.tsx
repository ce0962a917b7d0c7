import { Flex, List, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { type GroupResult, type UnitResult } from '../../api/assessment';
import { useT } from '../../i18n/i18n';
import { EChart } from '../charts/echart';
import { componentLabel, gradeColor, pts } from './labels';

/** −3 or +1; a plain 0 when nothing was deducted or added. */
export const signed = (sign: string, n: number) => (n > 0 ? `${sign}${pts(n)}` : '0');

export const GRADE_HEX: Record<string, string> = {
  excellent: '#389e0d',
  good: '#1677ff',
  fair: '#d48806',
  poor: '#cf1322',
};

export function GradeTags({ unit }: { unit: Pick<UnitResult, 'grade' | 'gradeKey' | 'isVetoed'> }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={gradeColor(unit.gradeKey)} style={{ marginInlineEnd: 0 }}>
        {unit.grade}
      </Tag>
      {unit.isVetoed ? (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('assess.vetoed')}
        </Tag>
      ) : null}
    </Space>
  );
}

/** The breakdown page of a unit, for the same moment: the as-of date, or the finalized snapshot shown. */
export function breakdownHref(unitId: string, year: number, scope: string) {
  return `/assessment/units/${unitId}?year=${year}${scope ? `&${scope}` : ''}`;
}

/** One group's table: rank and unit stay fixed on the left, the rest scrolls inside the table. */
export function GroupTable({ group, year, scope }: { group: GroupResult; year: number; scope: string }) {
  const t = useT();
  const navigate = useNavigate();
  const keys = group.units[0]?.components.map((c) => c.key) ?? [];
  const columns: ColumnsType<UnitResult> = [
    { title: t('assess.rank'), key: 'rank', dataIndex: 'rank', width: 56, fixed: 'left', align: 'center' },
    {
      title: t('assess.unit'),
      key: 'unit',
      width: 170,
      fixed: 'left',
      ellipsis: { showTitle: true },
      render: (_, u) => <Link to={breakdownHref(u.unitId, year, scope)}>{u.unitName}</Link>,
    },
    ...keys.map((key) => ({
      title: componentLabel(t, key),
      key,
      width: 92,
      align: 'right' as const,
      render: (_: unknown, u: UnitResult) => {
        const c = u.components.find((x) => x.key === key);
        if (!c || c.raw === null) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Tooltip
            title={t('breakdown.rawToPoints', {
              raw: pts(c.raw),
              weight: pts(c.effectiveWeight),
              points: pts(c.points),
            })}
          >
            <span>{pts(c.points)}</span>
          </Tooltip>
        );
      },
    })),
    {
      title: t('assess.deductions'),
      key: 'deductions',
      width: 76,
      align: 'right',
      render: (_, u) =>
        u.deductions.total > 0 ? (
          <Typography.Text type="danger">−{pts(u.deductions.total)}</Typography.Text>
        ) : (
          '0'
        ),
    },
    {
      title: t('assess.bonuses'),
      key: 'bonuses',
      width: 76,
      align: 'right',
      render: (_, u) =>
        u.bonuses.total > 0 ? <Typography.Text type="success">+{pts(u.bonuses.total)}</Typography.Text> : '0',
    },
    // Total and grade are what the ranking is for: they stay in sight on the right while the rest scrolls.
    {
      title: t('assess.total'),
      key: 'total',
      width: 80,
      align: 'right',
      fixed: 'right',
      render: (_, u) => <Typography.Text strong>{pts(u.total)}</Typography.Text>,
    },
    {
      title: t('assess.grade'),
      key: 'grade',
      width: 140,
      fixed: 'right',
      render: (_, u) => <GradeTags unit={u} />,
    },
  ];
  return (
    <Table<UnitResult>
      rowKey="unitId"
      size="middle"
      columns={columns}
      dataSource={group.units}
      pagination={false}
      tableLayout="fixed"
      // Fits a 1440 px screen beside the menu; narrower screens scroll inside the table.
      scroll={{ x: 56 + 170 + keys.length * 92 + 76 * 2 + 80 + 140 }}
      rowClassName={() => 'luoshi-clickable-row'}
      onRow={(u) => ({
        onClick: (e) =>
          (e.target as HTMLElement).closest('a') ? undefined : navigate(breakdownHref(u.unitId, year, scope)),
      })}
      data-group={group.key}
    />
  );
}

/** On a phone the ranking is a list of cards: rank, unit, total, grade. */
export function GroupCards({ group, year, scope }: { group: GroupResult; year: number; scope: string }) {
  const t = useT();
  return (
    <List
      dataSource={group.units}
      rowKey="unitId"
      renderItem={(u) => (
        <List.Item style={{ paddingInline: 0 }}>
          <Link to={breakdownHref(u.unitId, year, scope)} style={{ width: '100%', color: 'inherit' }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text strong ellipsis>
                  {t('assess.phoneRank', { rank: u.rank })} · {u.unitName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('assess.deductions')} {signed('−', u.deductions.total)} · {t('assess.bonuses')}{' '}
                  {signed('+', u.bonuses.total)}
                </Typography.Text>
              </Flex>
              <Flex vertical align="end" gap={4} style={{ flex: 'none' }}>
                <Typography.Text strong style={{ fontSize: 18 }}>
                  {pts(u.total)}
                </Typography.Text>
                <GradeTags unit={u} />
              </Flex>
            </Flex>
          </Link>
        </List.Item>
      )}
    />
  );
}

export function GroupChart({ group }: { group: GroupResult }) {
  const t = useT();
  const option = useMemo(
    () => ({
      title: {
        text: t('assess.chartTitle', { group: group.name }),
        left: 0,
        top: 0,
        textStyle: { fontSize: 14 },
      },
      grid: { left: 64, right: 16, top: 40, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: group.units.map((u) => u.unitName),
        axisLabel: { interval: 0, rotate: group.units.length > 6 ? 30 : 0 },
      },
      // The axis name runs along the axis, so it never meets the title above.
      yAxis: {
        type: 'value',
        name: t('assess.chartAxisScore'),
        nameLocation: 'middle',
        nameGap: 40,
        min: 0,
        max: 100,
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 40,
          label: { show: true, position: 'top' },
          data: group.units.map((u) => ({
            value: u.total,
            itemStyle: { color: GRADE_HEX[u.gradeKey] ?? '#8c8c8c' },
          })),
        },
      ],
    }),
    [group, t],
  );
  return (
    <EChart
      option={option}
      ariaLabel={t('assess.chartTitle', { group: group.name })}
      style={{ height: 260 }}
    />
  );
}
