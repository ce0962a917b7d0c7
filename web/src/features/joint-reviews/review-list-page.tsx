import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Grid, List, Pagination, Select, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { jointReviewsApi, type JointReviewSummary } from '../../api/joint-reviews';
import { useRequest } from '../../api/use-request';
import { useT, type Translate } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { errorMessage } from '../common/errors';
import { formatDate } from '../common/format';
import { PageTitle } from '../common/page-title';
import { useUrlFilters } from '../common/use-url-filters';
import { OpenReviewDialog } from './open-review-dialog';
import { ReviewStatusTag } from './review-bits';

const FILTER_KEYS = ['status', 'unitId', 'overdue', 'projectId', 'page'] as const;
const PAGE_SIZE = 20;

function Progress({ t, r }: { t: Translate; r: JointReviewSummary }) {
  return (
    <Flex gap={8} wrap>
      <span>{t('jointReview.progressValue', { answered: r.answeredCount, total: r.itemCount })}</span>
      {r.overdueCount > 0 ? (
        <Typography.Text type="danger" strong>
          {t('jointReview.overdueCount', { count: r.overdueCount })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function columns(t: Translate): ColumnsType<JointReviewSummary> {
  return [
    {
      key: 'title',
      title: t('jointReview.title'),
      width: 260,
      ellipsis: { showTitle: true },
      render: (_, r) => <Link to={`/joint-reviews/${r.id}`}>{r.title}</Link>,
    },
    {
      key: 'project',
      title: t('jointReview.project'),
      width: 220,
      ellipsis: true,
      render: (_, r) => `${r.projectCode} ${r.projectName}`,
    },
    { key: 'deadline', title: t('jointReview.deadline'), dataIndex: 'deadline', width: 110 },
    {
      key: 'progress',
      title: t('jointReview.progress'),
      width: 180,
      render: (_, r) => <Progress t={t} r={r} />,
    },
    {
      key: 'status',
      title: t('jointReview.status'),
      width: 100,
      render: (_, r) => <ReviewStatusTag t={t} status={r.status} />,
    },
    {
      key: 'openedAt',
      title: t('jointReview.openedAt'),
      width: 110,
      render: (_, r) => formatDate(r.openedAt),
    },
  ];
}

/** 联审联批: the reviews the user may see, filtered by status, department and overdue; cards on a phone. */
export function JointReviewListPage() {
  const t = useT();
  const navigate = useNavigate();
  const isMobile = Grid.useBreakpoint().md === false;
  const [filters, setFilters, clearFilters] = useUrlFilters(FILTER_KEYS);
  const [opening, setOpening] = useState(false);
  const { units } = useAllUnits();
  const page = Math.max(1, Number(filters.page) || 1);
  const { page: _p, ...shown } = filters;
  const isFiltered = Object.values(shown).some((v) => v !== '');
  const list = useRequest(
    (signal) =>
      jointReviewsApi.list(
        {
          status: shown.status || undefined,
          unitId: shown.unitId || undefined,
          projectId: shown.projectId || undefined,
          overdue: shown.overdue === 'true' ? 'true' : undefined,
          page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
    [JSON.stringify(shown), page],
  );
  const cols = useMemo(() => columns(t), [t]);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const half = isMobile ? { flex: '1 1 45%', minWidth: 0 } : undefined;
  const onPage = (p: number) => setFilters({ page: p === 1 ? undefined : p });
  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={isFiltered ? t('jointReview.emptyFiltered') : t('jointReview.empty')}
    >
      {isFiltered ? <Button onClick={clearFilters}>{t('common.clearFilters')}</Button> : null}
    </Empty>
  );
  return (
    <>
      <PageTitle
        title={t('jointReview.listTitle')}
        extra={
          list.data?.abilities.open ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
              {t('jointReview.open')}
            </Button>
          ) : null
        }
      />
      <Card styles={isMobile ? { body: { padding: 12 } } : undefined}>
        <Flex gap={isMobile ? 8 : 12} wrap align="center" style={{ marginBottom: 16 }} role="search">
          <Select<string | undefined>
            value={filters.status || undefined}
            placeholder={t('jointReview.filterStatus')}
            aria-label={t('jointReview.filterStatus')}
            allowClear
            style={half ?? { width: 120 }}
            options={(['open', 'closed'] as const).map((s) => ({
              value: s,
              label: t(`jointReview.status.${s}`),
            }))}
            onChange={(v) => setFilters({ status: v, page: undefined })}
          />
          <Select<string | undefined>
            value={filters.unitId || undefined}
            placeholder={t('jointReview.filterUnit')}
            aria-label={t('jointReview.filterUnit')}
            allowClear
            showSearch
            optionFilterProp="label"
            style={half ?? { width: 200 }}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(v) => setFilters({ unitId: v, page: undefined })}
          />
          <Flex gap={6} align="center">
            <Switch
              size="small"
              checked={filters.overdue === 'true'}
              aria-label={t('jointReview.filterOverdue')}
              onChange={(on) => setFilters({ overdue: on ? 'true' : undefined, page: undefined })}
            />
            <span>{t('jointReview.filterOverdue')}</span>
          </Flex>
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
          <>
            <List<JointReviewSummary>
              loading={list.loading}
              dataSource={items}
              locale={{ emptyText }}
              renderItem={(r) => (
                <List.Item
                  onClick={() => void navigate(`/joint-reviews/${r.id}`)}
                  style={{ cursor: 'pointer' }}
                >
                  <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                    <Flex justify="space-between" gap={8}>
                      <Typography.Text strong ellipsis>
                        {r.title}
                      </Typography.Text>
                      <ReviewStatusTag t={t} status={r.status} />
                    </Flex>
                    <Typography.Text type="secondary" ellipsis>
                      {r.projectName} · {t('jointReview.deadline')} {r.deadline}
                    </Typography.Text>
                    <Progress t={t} r={r} />
                  </Flex>
                </List.Item>
              )}
            />
            {total > PAGE_SIZE ? (
              <Pagination
                simple
                align="center"
                current={page}
                pageSize={PAGE_SIZE}
                total={total}
                onChange={onPage}
              />
            ) : null}
          </>
        ) : (
          <Table<JointReviewSummary>
            rowKey="id"
            size="middle"
            loading={list.loading}
            columns={cols}
            dataSource={items}
            tableLayout="fixed"
            scroll={{ x: 980 }}
            rowClassName={() => 'luoshi-clickable-row'}
            onRow={(r) => ({
              onClick: (e) => {
                if ((e.target as HTMLElement).closest('a')) return;
                void navigate(`/joint-reviews/${r.id}`);
              },
            })}
            locale={{ emptyText }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total,
              onChange: onPage,
              hideOnSinglePage: true,
            }}
          />
        )}
      </Card>
      <OpenReviewDialog
        open={opening}
        onClose={() => setOpening(false)}
        onOpened={(r) => {
          setOpening(false);
          void navigate(`/joint-reviews/${r.id}`);
        }}
      />
    </>
  );
}
