import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Grid, List, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { blockerLevels, blockerStatuses } from '../../../../src/domain/vocabulary';
import { blockersApi, type Blocker } from '../../api/blockers';
import { saveBlob } from '../../api/client';
import { useRequest } from '../../api/use-request';
import { useT, type Translate } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { PageTitle } from '../common/page-title';
import { useUrlFilters } from '../common/use-url-filters';
import { useProjectOptions } from '../projects/use-project-options';
import {
  BlockerLevelTag,
  BlockerStatusTag,
  levelLabel,
  ownerText,
  statusLabel,
  subjectPath,
} from './blocker-bits';

const FILTER_KEYS = ['kind', 'level', 'status', 'ownerUnitId', 'leaderId', 'minAgeDays', 'page'] as const;
const PAGE_SIZE = 20;
const AGES = [7, 14, 30, 60];

function columns(t: Translate): ColumnsType<Blocker> {
  return [
    {
      key: 'title',
      title: t('blocker.title'),
      width: 220,
      ellipsis: { showTitle: true },
      render: (_, b) => <Link to={`/blockers/${b.id}`}>{b.title}</Link>,
    },
    {
      key: 'subject',
      title: t('blocker.subject'),
      width: 170,
      ellipsis: { showTitle: true },
      render: (_, b) => <Link to={subjectPath(b)}>{b.subjectName ?? '—'}</Link>,
    },
    { key: 'kind', title: t('blocker.kind'), dataIndex: 'kind', width: 60 },
    {
      key: 'level',
      title: t('blocker.level'),
      width: 100,
      render: (_, b) => <BlockerLevelTag level={b.level} />,
    },
    {
      key: 'status',
      title: t('blocker.status'),
      width: 90,
      render: (_, b) => <BlockerStatusTag status={b.status} />,
    },
    {
      key: 'owner',
      title: t('blocker.owner'),
      width: 130,
      ellipsis: true,
      render: (_, b) => ownerText(t, b),
    },
    {
      key: 'raisedBy',
      title: t('blocker.raisedBy'),
      width: 120,
      ellipsis: true,
      dataIndex: 'raisedByUnitName',
    },
    {
      key: 'age',
      title: t('blocker.age'),
      width: 70,
      render: (_, b) => t('blocker.ageDays', { n: b.ageDays }),
    },
    {
      key: 'due',
      title: t('blocker.dueDate'),
      width: 105,
      render: (_, b) => (
        <Typography.Text type={b.overdue ? 'danger' : undefined}>{b.dueDate}</Typography.Text>
      ),
    },
  ];
}

/** 堵点问题清单: filters in the URL, counts per kind, level and leader, the table (cards on a phone), export. */
export function BlockerListPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const isMobile = Grid.useBreakpoint().md === false;
  const [filters, setFilters, clearFilters] = useUrlFilters(FILTER_KEYS);
  const page = Math.max(1, Number(filters.page) || 1);
  const { page: _p, ...shown } = filters;
  const isFiltered = Object.values(shown).some((v) => v !== '');
  const list = useRequest(
    (signal) => blockersApi.list({ ...shown, page, pageSize: PAGE_SIZE }, signal),
    [JSON.stringify(shown), page],
  );
  const stats = useRequest((signal) => blockersApi.stats(shown, signal), [JSON.stringify(shown)]);
  const { unitOptions, leaderOptions } = useProjectOptions();
  const cols = useMemo(() => columns(t), [t]);
  const [exporting, setExporting] = useState(false);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const half = isMobile ? { flex: '1 1 45%', minWidth: 0 } : { width: 140 };

  const exportList = async () => {
    setExporting(true);
    try {
      const { blob, fileName } = await blockersApi.exportList(shown);
      saveBlob(blob, fileName);
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setExporting(false);
    }
  };

  const counts = stats.data ? (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('blocker.liveCount', { n: stats.data.live })}</Typography.Text>
      {(
        [
          ['blocker.countsByLevel', stats.data.byLevel.filter((c) => c.count > 0)],
          ['blocker.countsByKind', stats.data.byKind],
          ['blocker.countsByLeader', stats.data.byLeader],
        ] as const
      ).map(([label, rows]) =>
        rows.length > 0 ? (
          <Flex key={label} gap={6} wrap align="center">
            <Typography.Text type="secondary" style={{ minWidth: 84 }}>
              {t(label)}
            </Typography.Text>
            {rows.map((c) => (
              <Tag key={c.key} className="luoshi-blocker-count">
                {label === 'blocker.countsByLevel' ? levelLabel(t, c.key as Blocker['level']) : c.label}{' '}
                <strong>{c.count}</strong>
              </Tag>
            ))}
          </Flex>
        ) : null,
      )}
    </Flex>
  ) : null;

  return (
    <>
      <PageTitle
        title={t('blocker.listTitle')}
        extra={
          list.data?.abilities.export ? (
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>
              {t('blocker.export')}
            </Button>
          ) : null
        }
      />
      {counts ? (
        <Card size="small" style={{ marginBottom: 16 }}>
          {counts}
        </Card>
      ) : null}
      <Card styles={isMobile ? { body: { padding: 12 } } : undefined}>
        <Flex gap={isMobile ? 8 : 12} wrap style={{ marginBottom: 16 }} role="search">
          <Select<string | undefined>
            value={filters.kind || undefined}
            placeholder={t('blocker.kind')}
            aria-label={t('blocker.kind')}
            allowClear
            style={half}
            options={(list.data?.kinds ?? []).map((k) => ({ value: k, label: k }))}
            onChange={(v) => setFilters({ kind: v })}
          />
          <Select<string | undefined>
            value={filters.level || undefined}
            placeholder={t('blocker.level')}
            aria-label={t('blocker.level')}
            allowClear
            style={half}
            options={blockerLevels.map((l) => ({ value: l, label: levelLabel(t, l) }))}
            onChange={(v) => setFilters({ level: v })}
          />
          <Select<string | undefined>
            value={filters.status || undefined}
            placeholder={t('blocker.status')}
            aria-label={t('blocker.status')}
            allowClear
            style={half}
            options={blockerStatuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
            onChange={(v) => setFilters({ status: v })}
          />
          <Select<string | undefined>
            value={filters.minAgeDays || undefined}
            placeholder={t('blocker.minAge')}
            aria-label={t('blocker.minAge')}
            allowClear
            style={half}
            options={AGES.map((n) => ({ value: String(n), label: t('blocker.minAgeOption', { n }) }))}
            onChange={(v) => setFilters({ minAgeDays: v })}
          />
          <Select<string | undefined>
            value={filters.ownerUnitId || undefined}
            placeholder={t('blocker.ownerUnit')}
            aria-label={t('blocker.ownerUnit')}
            allowClear
            showSearch
            optionFilterProp="label"
            style={isMobile ? half : { width: 180 }}
            options={unitOptions}
            onChange={(v) => setFilters({ ownerUnitId: v })}
          />
          {leaderOptions.length > 0 ? (
            <Select<string | undefined>
              value={filters.leaderId || undefined}
              placeholder={t('blocker.leader')}
              aria-label={t('blocker.leader')}
              allowClear
              style={half}
              options={leaderOptions}
              onChange={(v) => setFilters({ leaderId: v })}
            />
          ) : null}
          {isFiltered ? <Button onClick={clearFilters}>{t('common.clearFilters')}</Button> : null}
        </Flex>
        {list.error && !list.loading ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
          >
            <Button onClick={list.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : isMobile ? (
          <List<Blocker>
            loading={list.loading}
            dataSource={items}
            locale={{ emptyText: t(isFiltered ? 'blocker.emptyFiltered' : 'blocker.empty') }}
            pagination={
              total > PAGE_SIZE
                ? {
                    simple: true,
                    current: page,
                    pageSize: PAGE_SIZE,
                    total,
                    onChange: (p) => setFilters({ page: p }),
                  }
                : false
            }
            renderItem={(b) => (
              <List.Item
                key={b.id}
                onClick={() => void navigate(`/blockers/${b.id}`)}
                className="luoshi-clickable-row"
              >
                <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                  <Typography.Text strong ellipsis>
                    {b.title}
                  </Typography.Text>
                  <Typography.Text type="secondary" ellipsis>
                    {b.subjectName} · {b.kind}
                  </Typography.Text>
                  <Flex gap={6} wrap align="center">
                    <BlockerLevelTag level={b.level} />
                    <BlockerStatusTag status={b.status} />
                    <Typography.Text type="secondary">
                      {ownerText(t, b)} · {t('blocker.ageDays', { n: b.ageDays })}
                    </Typography.Text>
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<Blocker>
            rowKey="id"
            size="middle"
            loading={list.loading}
            columns={cols}
            dataSource={items}
            tableLayout="fixed"
            scroll={{ x: 1065 }}
            locale={{ emptyText: t(isFiltered ? 'blocker.emptyFiltered' : 'blocker.empty') }}
            rowClassName={() => 'luoshi-clickable-row'}
            onRow={(b) => ({
              onClick: (e) => {
                if ((e.target as HTMLElement).closest('a')) return;
                void navigate(`/blockers/${b.id}`);
              },
            })}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total,
              showSizeChanger: false,
              onChange: (p) => setFilters({ page: p === 1 ? undefined : p }),
            }}
          />
        )}
      </Card>
    </>
  );
}
