import { Button, Card, Empty, Flex, Grid, List, Progress, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { reportsApi } from '../api/endpoints';
import type { ReviewQueueItem } from '../api/types';
import { useRequest } from '../api/use-request';
import { errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { PageTitle } from '../features/common/page-title';
import { REPORT_STATUS_COLORS, reportStatusLabel } from '../features/execution/report-labels';
import { ReviewButtons } from '../features/execution/review-buttons';
import { periodLabel } from '../features/tasks/period';
import { useT } from '../i18n/i18n';

const taskLabel = (item: ReviewQueueItem) => `${item.task.code ?? ''} ${item.task.title}`.trim();

/** 进展审核: the supervision office's queue of submitted reports, oldest first, approved or returned in place. */
export function ReviewQueuePage() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const isMobile = screens.md === false;
  const queue = useRequest((signal) => reportsApi.reviewQueue(signal), []);
  const items = queue.data?.items ?? [];
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.empty')} />;

  return (
    <>
      <PageTitle
        title={t('review.title')}
        extra={<Button onClick={queue.reload}>{t('common.reload')}</Button>}
      />
      <Card styles={isMobile ? { body: { padding: 12 } } : undefined}>
        {queue.error && !queue.loading ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, queue.error) })}
          >
            <Button onClick={queue.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : isMobile ? (
          <List<ReviewQueueItem>
            loading={queue.loading}
            dataSource={items}
            locale={{ emptyText: empty }}
            renderItem={(item) => (
              <Card size="small" style={{ marginBottom: 8 }}>
                <Link to={`/tasks/${item.task.id}`}>
                  <Typography.Text strong>{taskLabel(item)}</Typography.Text>
                </Link>
                <div style={{ fontSize: 13, color: '#595959' }}>
                  {item.unitName} · {periodLabel(t, item.report.period)} ·{' '}
                  {formatDateTime(item.report.submittedAt)}
                </div>
                <Progress percent={item.report.progress} size="small" />
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0 8px' }}>
                  {item.report.narrative}
                </Typography.Paragraph>
                <ReviewButtons report={item.report} taskLabel={taskLabel(item)} onDone={queue.reload} />
              </Card>
            )}
          />
        ) : (
          <Table<ReviewQueueItem>
            rowKey={(item) => item.report.id}
            size="middle"
            loading={queue.loading}
            dataSource={items}
            locale={{ emptyText: empty }}
            pagination={false}
            tableLayout="fixed"
            // The work-done column takes what is left; below ~1100 px the table scrolls sideways.
            scroll={{ x: 1100 }}
            columns={[
              {
                title: t('review.task'),
                key: 'task',
                width: 240,
                ellipsis: { showTitle: false },
                render: (_, item) => (
                  <Tooltip title={item.task.title} placement="topLeft">
                    <Link to={`/tasks/${item.task.id}`}>
                      {item.task.code ? <span className="luoshi-mono">{item.task.code} </span> : null}
                      {item.task.title}
                    </Link>
                  </Tooltip>
                ),
              },
              {
                title: t('review.unit'),
                dataIndex: 'unitName',
                key: 'unit',
                width: 140,
                ellipsis: { showTitle: true },
              },
              {
                title: t('report.period'),
                key: 'period',
                width: 96,
                render: (_, item) => periodLabel(t, item.report.period),
              },
              {
                title: t('review.progress'),
                key: 'progress',
                width: 130,
                render: (_, item) => (
                  <Tooltip title={t('review.progressWas', { progress: item.task.progress })}>
                    <Progress percent={item.report.progress} size="small" aria-label={t('report.progress')} />
                  </Tooltip>
                ),
              },
              {
                title: t('review.narrative'),
                key: 'narrative',
                ellipsis: { showTitle: false },
                render: (_, item) => (
                  <Tooltip
                    title={<span style={{ whiteSpace: 'pre-wrap' }}>{item.report.narrative}</span>}
                    placement="topLeft"
                  >
                    <span>{item.report.narrative}</span>
                  </Tooltip>
                ),
              },
              {
                title: t('common.status'),
                key: 'status',
                width: 80,
                render: (_, item) => (
                  <Tag color={REPORT_STATUS_COLORS[item.report.status]}>
                    {reportStatusLabel(t, item.report.status)}
                  </Tag>
                ),
              },
              {
                title: t('review.submittedAt'),
                key: 'submittedAt',
                width: 140,
                render: (_, item) => (
                  <Flex vertical>
                    <span>{formatDateTime(item.report.submittedAt)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.report.submittedByName ?? ''}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 130,
                fixed: 'right',
                render: (_, item) => (
                  <ReviewButtons report={item.report} taskLabel={taskLabel(item)} onDone={queue.reload} />
                ),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
