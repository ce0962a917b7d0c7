import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Grid,
  Popconfirm,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
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
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { useUrlFilters } from '../common/use-url-filters';
import { CommentModal } from '../execution/comment-modal';
import { pts } from './labels';
import { UnitBreakdownLoader } from './unit-breakdown-loader';
import { LoadFailed } from './load-failed';
// scheme-tab.tsx imports GradeTags from here.
export { GradeTags } from './ranking-groups';
import { GradeTags, GroupTable, GroupCards, GroupChart } from './ranking-groups';

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
          <UnitBreakdownLoader result={data} group={group} unit={unit} version={version} />
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
