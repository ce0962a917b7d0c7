import { Button, Card, Empty, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FEEDBACK_STATUSES, feedbackApi, type Feedback } from '../api/feedback';
import { useRequest } from '../api/use-request';
import { errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { feedbackAbout } from '../features/feedback/feedback-about';
import { FEEDBACK_COLORS, FeedbackDetailDrawer } from '../features/feedback/feedback-detail-drawer';
import { useT } from '../i18n/i18n';

/** 社情民意: the messages left on the public pages, pending first by default, each decided in its drawer. */
export function FeedbackPage() {
  const t = useT();
  const [filters, setFilters] = useUrlFilters(['status', 'id'] as const);
  const status = filters.status === 'all' ? undefined : filters.status || 'pending';
  const list = useRequest((signal) => feedbackApi.list(status, signal), [status]);
  const [fresh, setFresh] = useState<Feedback | null>(null);
  const items = list.data?.items ?? [];
  const shown = fresh && fresh.id === filters.id ? fresh : (items.find((r) => r.id === filters.id) ?? null);

  return (
    <div>
      <PageTitle title={t('feedback.title')} />
      <Typography.Paragraph type="secondary">{t('feedback.intro')}</Typography.Paragraph>
      <Card>
        {/* On a phone the five filters are wider than the card: they scroll rather than spill out. */}
        <div style={{ overflowX: 'auto', marginBottom: 12 }}>
          <Segmented
            value={filters.status || 'pending'}
            onChange={(v) => setFilters({ status: String(v), id: undefined })}
            options={[
              ...FEEDBACK_STATUSES.map((s) => ({ value: s, label: t(`feedback.status.${s}`) })),
              { value: 'all', label: t('feedback.filter.all') },
            ]}
          />
        </div>
        {list.error && !list.loading ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
          >
            <Button onClick={list.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : (
          <Table<Feedback>
            rowKey="id"
            loading={list.loading}
            dataSource={items}
            tableLayout="fixed"
            scroll={{ x: 720 }}
            pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
            onRow={(r) => ({ onClick: () => setFilters({ id: r.id }), style: { cursor: 'pointer' } })}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('feedback.empty')} />,
            }}
            columns={[
              {
                title: t('feedback.about'),
                key: 'about',
                width: 200,
                ellipsis: { showTitle: true },
                render: (_, r) => feedbackAbout(t, r),
              },
              {
                title: t('feedback.message'),
                dataIndex: 'message',
                key: 'message',
                ellipsis: { showTitle: true },
              },
              {
                title: t('feedback.status'),
                key: 'status',
                width: 170,
                render: (_, r) => (
                  <>
                    <Tag color={FEEDBACK_COLORS[r.status]}>{t(`feedback.status.${r.status}`)}</Tag>
                    {r.duplicateOf ? <Tag color="orange">{t('feedback.duplicate')}</Tag> : null}
                  </>
                ),
              },
              {
                title: t('feedback.receivedAt'),
                key: 'receivedAt',
                width: 150,
                render: (_, r) => formatDateTime(r.receivedAt),
              },
            ]}
          />
        )}
      </Card>
      <FeedbackDetailDrawer
        item={shown}
        onClose={() => setFilters({ id: undefined })}
        onChanged={(f) => {
          setFresh(f);
          list.reload();
        }}
      />
    </div>
  );
}
