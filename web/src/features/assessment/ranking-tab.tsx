import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Grid,
  List,
  Popconfirm,
  Space,
  Spin,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { saveBlob } from '../../api/client';
import {
  assessmentApi,
  type AssessmentResult,
  type GroupResult,
  type UnitResult,
} from '../../api/assessment';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { EChart } from '../charts/echart';
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { useUrlFilters } from '../common/use-url-filters';
import { CommentModal } from '../execution/comment-modal';
import { componentLabel, gradeColor, pts } from './labels';
import { UnitBreakdown } from './unit-breakdown';
import { LoadFailed } from './load-failed';

/** −3 or +1; a plain 0 when nothing was deducted or added. */
const signed = (sign: string, n: number) => (n > 0 ? `${sign}${pts(n)}` : '0');

const GRADE_HEX: Record<string, string> = {
  excellent: '#389e0d',
  good: '#1677ff',
  fair: '#d48806',
  poor: '#cf1322',
};

export function GradeTags({ unit }: { unit: UnitResult }) {
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
function breakdownHref(unitId: string, year: number, scope: string) {
  return `/assessment/units/${unitId}?year=${year}${scope ? `&${scope}` : ''}`;
}

/** One group's table: rank and unit stay fixed on the left, the rest scrolls inside the table. */
function GroupTable({ group, year, scope }: { group: GroupResult; year: number; scope: string }) {
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
function GroupCards({ group, year, scope }: { group: GroupResult; year: number; scope: string }) {
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

function GroupChart({ group }: { group: GroupResult }) {
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

function quotaText(
  t: ReturnType<typeof useT>,
  group: GroupResult,
  gradeNames: ReadonlyMap<string, string>,
): string | null {
  const parts = group.quotas.map(({ gradeKey, maxUnits: n, maxPercent: percent, groupSize: size }) => {
    const grade = gradeNames.get(gradeKey) ?? gradeKey;
    // Say why when the quota rounds down (3 units × 20% = 0.6 → 0), or "至多 0 个" reads like a mistake.
    return percent !== undefined && size !== undefined && Math.round(size * percent) % 100 !== 0
      ? t('assess.quotaItemRounded', { grade, n, size, percent })
      : t('assess.quotaItem', { grade, n });
  });
  return parts.length ? t('assess.quotaNote', { quotas: parts.join('，') }) : null;
}

/** Grade names by key: from the units graded (any group), else the default scheme's names. */
function gradeNamesOf(t: ReturnType<typeof useT>, result: AssessmentResult): Map<string, string> {
  const names = new Map<string, string>(
    ['excellent', 'good', 'fair', 'poor'].map((k) => [k, t(`assess.gradeKey.${k}` as MessageKey)]),
  );
  for (const g of result.groups) for (const u of g.units) names.set(u.gradeKey, u.grade);
  return names;
}

/**
 * 考核排名: the year's live result (or a finalized snapshot) as a table per group with grade colours and a
 * chart of totals; export, and 定稿 for the office. A unit's own user lands on its breakdown and rank.
 */
export function RankingTab({ year }: { year: number }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [filters, setFilters] = useUrlFilters(['asOf', 'version'] as const);
  const asOf = filters.asOf;
  const version = filters.version ? Number(filters.version) : undefined;
  const scope = version ? `version=${version}` : asOf ? `asOf=${asOf}` : '';
  const result = useRequest(
    (signal) =>
      assessmentApi.results({ year, ...(asOf ? { asOf } : {}), ...(version ? { version } : {}) }, signal),
    [year, asOf, version],
  );
  const [refinalizing, setRefinalizing] = useState(false);
  const [busy, setBusy] = useState<'excel' | 'word' | 'finalize' | null>(null);
  const isSupervisor = me.abilities.manageAssessment;
  const seesAll = me.abilities.seeAllAssessment;
  const data = result.data;

  const exportFile = async (kind: 'excel' | 'word') => {
    setBusy(kind);
    try {
      const query = { year, ...(version ? { version } : asOf ? { asOf } : {}) };
      const { blob, fileName } =
        kind === 'excel' ? await assessmentApi.exportExcel(query) : await assessmentApi.exportWord(query);
      saveBlob(blob, fileName);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(null);
    }
  };
  const finalize = async (reason?: string) => {
    setBusy('finalize');
    try {
      const done = await assessmentApi.finalize(year, {
        ...(asOf ? { asOf } : {}),
        ...(reason ? { reason } : {}),
      });
      message.success(t('assess.finalized', { version: done.finalized?.version ?? '' }));
      result.reload();
    } finally {
      setBusy(null);
    }
  };

  const toolbar = (
    <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
      <Space wrap>
        <Typography.Text>{t('assess.asOf')}</Typography.Text>
        <DatePicker
          aria-label={t('assess.asOf')}
          value={asOf ? dayjs(asOf) : null}
          placeholder={t('assess.asOfHint')}
          style={{ width: 220 }}
          disabled={version !== undefined}
          disabledDate={(d) => d.year() !== year}
          onChange={(d) => setFilters({ asOf: d ? d.format('YYYY-MM-DD') : null })}
        />
      </Space>
      {seesAll ? (
        <Space wrap>
          <Button loading={busy === 'excel'} onClick={() => void exportFile('excel')}>
            {t('assess.exportExcel')}
          </Button>
          <Button loading={busy === 'word'} onClick={() => void exportFile('word')}>
            {t('assess.exportWord')}
          </Button>
          {isSupervisor && version === undefined ? (
            data?.finalized ? (
              <Button type="primary" onClick={() => setRefinalizing(true)}>
                {t('assess.refinalize')}
              </Button>
            ) : (
              <Popconfirm
                title={t('assess.finalizeConfirm', { asOf: data?.asOf ?? '' })}
                okText={t('assess.finalize')}
                cancelText={t('common.cancel')}
                onConfirm={() => finalize().catch((e: unknown) => message.error(errorMessage(t, e)))}
              >
                <Button type="primary" loading={busy === 'finalize'} disabled={!data}>
                  {t('assess.finalize')}
                </Button>
              </Popconfirm>
            )
          ) : null}
        </Space>
      ) : null}
    </Flex>
  );

  const viewFinalized = (
    <Button
      size="small"
      style={screens.md ? undefined : { marginTop: 8 }}
      onClick={() => setFilters({ version: data?.finalized?.version ?? null, asOf: null })}
    >
      {t('assess.viewFinalized')}
    </Button>
  );

  let body: React.ReactNode;
  if (result.error && !result.loading) {
    body = <LoadFailed error={result.error} onRetry={result.reload} />;
  } else if (!data) {
    body = <Spin style={{ display: 'block', margin: '48px auto' }} />;
  } else if (!seesAll) {
    // A unit sees its own breakdown and rank only.
    const group = data.groups[0];
    const unit = group?.units.find((u) => u.unitId === me.unitId) ?? group?.units[0];
    body =
      group && unit ? (
        <>
          <Typography.Paragraph type="secondary">{t('breakdown.ownHint')}</Typography.Paragraph>
          {group.units.length > 1 ? (
            // The district lets units see their group's ranking (names, totals, ranks, grades only).
            <Table<UnitResult>
              rowKey="unitId"
              size="small"
              pagination={false}
              dataSource={group.units}
              style={{ marginBottom: 16 }}
              // The unit's own line stands out by weight, not by a heavy background.
              onRow={(u) => ({ style: u.unitId === unit.unitId ? { fontWeight: 600 } : {} })}
              columns={[
                { title: t('assess.rank'), key: 'rank', dataIndex: 'rank', width: 64, align: 'center' },
                {
                  title: t('assess.unit'),
                  key: 'unit',
                  dataIndex: 'unitName',
                  ellipsis: { showTitle: true },
                },
                {
                  title: t('assess.total'),
                  key: 'total',
                  width: 90,
                  align: 'right',
                  render: (_, u) => pts(u.total),
                },
                {
                  title: t('assess.grade'),
                  key: 'grade',
                  width: 150,
                  render: (_, u) => <GradeTags unit={u} />,
                },
              ]}
            />
          ) : null}
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('breakdown.title', { unit: unit.unitName, year })}
          </Typography.Title>
          <UnitBreakdown result={data} group={group} unit={unit} />
        </>
      ) : (
        <Empty description={t('breakdown.notFound')} />
      );
  } else if (data.groups.every((g) => g.units.length === 0)) {
    body = <Empty description={t('assess.empty')} />;
  } else {
    body = (
      <Flex vertical gap={16}>
        {data.groups.map((g) => (
          <Card
            key={g.key}
            size="small"
            title={
              <Space wrap>
                <span>{g.name}</span>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {t('assess.unitsCount', { n: g.units.length })}
                  {quotaText(t, g, gradeNamesOf(t, data))
                    ? ` · ${quotaText(t, g, gradeNamesOf(t, data))}`
                    : ''}
                </Typography.Text>
              </Space>
            }
            data-testid={`group-${g.key}`}
          >
            {screens.md ? (
              <>
                <GroupTable group={g} year={year} scope={scope} />
                {g.units.length > 1 ? <GroupChart group={g} /> : null}
              </>
            ) : (
              <GroupCards group={g} year={year} scope={scope} />
            )}
          </Card>
        ))}
        {data.unassignedUnits.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('assess.unassigned', { names: data.unassignedUnits.map((u) => u.unitName).join('、') })}
          />
        ) : null}
      </Flex>
    );
  }

  return (
    <>
      {toolbar}
      {data ? (
        version !== undefined ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('assess.snapshotBanner', { version, asOf: data.asOf })}
            action={
              <Button size="small" onClick={() => setFilters({ version: null })}>
                {t('assess.viewLive')}
              </Button>
            }
          />
        ) : data.finalized ? (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('assess.finalizedBanner', {
              year,
              version: data.finalized.version,
              asOf: data.finalized.asOf,
            })}
            description={
              <>
                <div>
                  {t(isSupervisor ? 'assess.finalizedNote' : 'assess.finalizedAt', {
                    at: formatDateTime(data.finalized.at),
                  })}
                  {data.finalized.reason ? ` ${t('assess.refinalizeReason')}：${data.finalized.reason}` : ''}
                </div>
                {/* On a phone the button goes below the text, which would be squeezed beside it. */}
                {screens.md ? null : viewFinalized}
              </>
            }
            action={screens.md ? viewFinalized : undefined}
          />
        ) : (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              data.schemeVersion > 0
                ? t('assess.livePreview', { asOf: data.asOf, version: data.schemeVersion })
                : t('assess.liveDefault', { asOf: data.asOf })
            }
          />
        )
      ) : null}
      {body}
      <CommentModal
        open={refinalizing}
        title={t('assess.refinalizeTitle')}
        label={t('assess.refinalizeReason')}
        required
        okText={t('assess.refinalize')}
        serverField="reason"
        onSubmit={async (reason) => finalize(reason)}
        onClose={() => setRefinalizing(false)}
      />
    </>
  );
}
