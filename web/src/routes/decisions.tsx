import { PlusOutlined } from '@ant-design/icons';
import {
  Badge,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { decisionsApi } from '../api/endpoints';
import { DECISION_KINDS, type Decision, type DecisionKind, type TaskSource } from '../api/types';
import { useRequest } from '../api/use-request';
import { useMe } from '../features/auth/session';
import { errorMessage } from '../features/common/errors';
import { PageSpinner } from '../features/common/page-spinner';
import { PageTitle } from '../features/common/page-title';
import { NotFoundResult } from '../features/common/status-results';
import { useUrlFilters } from '../features/common/use-url-filters';
import { kindLabel, sourceLabel } from '../features/tasks/labels';
import { useT } from '../i18n/i18n';

const DecisionNewPage = lazy(async () => ({ default: (await import('./decision-new')).DecisionNewPage }));
const DecisionDetailPage = lazy(async () => ({
  default: (await import('./decision-detail')).DecisionDetailPage,
}));

const FILTER_KEYS = ['q', 'kind', 'page', 'pageSize'] as const;
const PAGE_SIZES = [20, 50, 100];

function isKind(value: string): value is DecisionKind {
  return (DECISION_KINDS as readonly string[]).includes(value);
}

/** 决策部署: the list, and below it the new-decision and decision pages. */
export function DecisionsPage() {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Routes>
        <Route index element={<DecisionListPage />} />
        <Route path="new" element={<DecisionNewPage />} />
        <Route path=":id" element={<DecisionDetailPage />} />
        <Route path="*" element={<NotFoundResult />} />
      </Routes>
    </Suspense>
  );
}

function DecisionListPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const canManage = me.abilities.manageDecisions;
  const [filters, setFilters, clearFilters] = useUrlFilters(FILTER_KEYS);
  const kind = isKind(filters.kind) ? filters.kind : undefined;
  const page = Math.max(1, Number(filters.page) || 1);
  const pageSize = PAGE_SIZES.includes(Number(filters.pageSize)) ? Number(filters.pageSize) : 20;
  const list = useRequest(
    (signal) =>
      decisionsApi.list(
        { ...(filters.q ? { q: filters.q } : {}), ...(kind ? { kind } : {}), page, pageSize },
        signal,
      ),
    [filters.q, kind, page, pageSize],
  );
  const isFiltered = Boolean(filters.q || kind);
  const createButton = canManage ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/decisions/new')}>
      {t('decisions.create')}
    </Button>
  ) : null;

  const columns: TableColumnsType<Decision> = [
    {
      title: t('decision.title'),
      dataIndex: 'title',
      key: 'title',
      width: 340,
      ellipsis: { showTitle: true },
      render: (title: string, d) => <Link to={`/decisions/${d.id}`}>{title}</Link>,
    },
    {
      title: t('decision.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 120,
      render: (k: DecisionKind) => <Tag>{kindLabel(t, k)}</Tag>,
    },
    { title: t('decision.date'), dataIndex: 'date', key: 'date', width: 110 },
    {
      title: t('decision.source'),
      dataIndex: 'source',
      key: 'source',
      width: 160,
      ellipsis: { showTitle: true },
      render: (s: TaskSource) => sourceLabel(t, s),
    },
    {
      title: t('decisions.counts'),
      key: 'counts',
      width: 170,
      render: (_, d) =>
        d.taskCounts.total === 0 ? (
          <Typography.Text type="secondary">{t('decisions.noTasks')}</Typography.Text>
        ) : (
          t('decisions.countsValue', { draft: d.taskCounts.draft, published: d.taskCounts.published })
        ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 110,
      render: (_, d) =>
        d.publishedAt && d.taskCounts.draft === 0 ? (
          <Badge status="success" text={t('decisions.status.published')} />
        ) : d.publishedAt ? (
          <Badge status="warning" text={t('decisions.status.partly')} />
        ) : (
          <Badge status="default" text={t('decisions.status.unpublished')} />
        ),
    },
  ];

  return (
    <>
      <PageTitle title={t('decisions.title')} extra={createButton} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            key={`q-${filters.q}`}
            defaultValue={filters.q}
            placeholder={t('decisions.searchPlaceholder')}
            aria-label={t('decisions.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={(value) => setFilters({ q: value.trim() })}
            style={{ width: 320, maxWidth: '100%' }}
          />
          <Select<DecisionKind | undefined>
            value={kind}
            placeholder={t('decisions.kindFilter')}
            aria-label={t('decisions.kindFilter')}
            allowClear
            style={{ width: 160 }}
            options={DECISION_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
            onChange={(value) => setFilters({ kind: value })}
          />
          {isFiltered ? <Button onClick={clearFilters}>{t('common.clearFilters')}</Button> : null}
        </Flex>
        {list.error && !list.loading ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
          >
            <Button onClick={list.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : (
          <Table<Decision>
            rowKey="id"
            size="middle"
            sticky
            loading={list.loading}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            onRow={(d) => ({ onDoubleClick: () => navigate(`/decisions/${d.id}`) })}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              pageSizeOptions: PAGE_SIZES,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (p, size) =>
                setFilters({ page: p === 1 ? undefined : p, pageSize: size === 20 ? undefined : size }),
            }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={isFiltered ? t('decisions.emptyFiltered') : t('decisions.empty')}
                >
                  {isFiltered ? (
                    <Button onClick={clearFilters}>{t('common.clearFilters')}</Button>
                  ) : (
                    createButton
                  )}
                </Empty>
              ),
            }}
          />
        )}
      </Card>
    </>
  );
}
