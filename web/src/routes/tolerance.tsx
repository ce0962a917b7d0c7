import { Button, Card, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { toleranceApi, type ToleranceRequest } from '../api/follow-bulletins';
import { useRequest } from '../api/use-request';
import { errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { STATUS_COLORS, ToleranceDetailDrawer } from '../features/tolerance/tolerance-detail-drawer';
import { ToleranceFileDrawer } from '../features/tolerance/tolerance-file-drawer';
import { useT } from '../i18n/i18n';

/**
 * 容错纠错: the requests the user may see (a unit its own, the office and leaders all), the unit's filing
 * form, and each request's detail with the office's opinion and the leader's ruling.
 */
export function TolerancePage() {
  const t = useT();
  const list = useRequest((signal) => toleranceApi.list(signal), []);
  const [filters, setFilters] = useUrlFilters(['id'] as const);
  const [filing, setFiling] = useState(false);
  const [fresh, setFresh] = useState<ToleranceRequest | null>(null);
  const items = list.data?.items ?? [];
  const shown = fresh && fresh.id === filters.id ? fresh : (items.find((r) => r.id === filters.id) ?? null);

  return (
    <div>
      <PageTitle
        title={t('tolerance.title')}
        extra={
          list.data?.abilities.file ? (
            <Button type="primary" onClick={() => setFiling(true)}>
              {t('tolerance.file')}
            </Button>
          ) : null
        }
      />
      <Card>
        {list.error && !list.loading ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
          >
            <Button onClick={list.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : (
          <Table<ToleranceRequest>
            rowKey="id"
            loading={list.loading}
            dataSource={items}
            tableLayout="fixed"
            scroll={{ x: 760 }}
            pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
            onRow={(r) => ({ onClick: () => setFilters({ id: r.id }), style: { cursor: 'pointer' } })}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tolerance.empty')} />,
            }}
            columns={[
              { title: t('tolerance.unit'), dataIndex: 'unitName', key: 'unit', width: 140, ellipsis: true },
              {
                title: t('tolerance.targetKind'),
                key: 'kind',
                width: 100,
                render: (_, r) => <Tag>{t(`tolerance.kind.${r.targetKind}`)}</Tag>,
              },
              {
                title: t('tolerance.target'),
                dataIndex: 'targetLabel',
                key: 'target',
                ellipsis: { showTitle: true },
              },
              {
                title: t('tolerance.status'),
                key: 'status',
                width: 100,
                render: (_, r) => (
                  <Tag color={STATUS_COLORS[r.status]}>{t(`tolerance.status.${r.status}`)}</Tag>
                ),
              },
              {
                title: t('tolerance.filedAt'),
                key: 'filedAt',
                width: 150,
                render: (_, r) => formatDateTime(r.filedAt),
              },
            ]}
          />
        )}
      </Card>
      <ToleranceFileDrawer
        open={filing}
        kinds={list.data?.tolerableKinds ?? []}
        onClose={() => setFiling(false)}
        onFiled={(r) => {
          setFiling(false);
          setFresh(r);
          setFilters({ id: r.id });
          list.reload();
        }}
      />
      <ToleranceDetailDrawer
        request={shown}
        onClose={() => setFilters({ id: undefined })}
        onChanged={(r) => {
          setFresh(r);
          list.reload();
        }}
      />
    </div>
  );
}
