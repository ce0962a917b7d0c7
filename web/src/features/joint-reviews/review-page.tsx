import { Alert, Button, Card, Descriptions, Empty, Flex, Grid, List, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { jointReviewsApi, type JointReview, type JointReviewItem } from '../../api/joint-reviews';
import { useRequest } from '../../api/use-request';
import { useT, type Translate } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { PageSpinner } from '../common/page-spinner';
import { PageTitle } from '../common/page-title';
import { NotFoundResult } from '../common/status-results';
import { AnswerDialog } from './answer-dialog';
import { DaysTaken, ItemStatusTag, ReviewStatusTag } from './review-bits';

function AnswerButton({ t, item, onAnswer }: { t: Translate; item: JointReviewItem; onAnswer: () => void }) {
  if (!item.abilities.answer) return null;
  return (
    <Button size="small" type={item.status === 'pending' ? 'primary' : 'default'} onClick={onAnswer}>
      {item.status === 'pending' ? t('jointReview.answerAction') : t('jointReview.answerAgain')}
    </Button>
  );
}

function itemColumns(t: Translate, onAnswer: (i: JointReviewItem) => void): ColumnsType<JointReviewItem> {
  return [
    {
      key: 'unit',
      title: t('jointReview.department'),
      width: 170,
      render: (_, i) => (
        <Flex vertical>
          <Typography.Text strong>{i.unitName}</Typography.Text>
          {i.subject ? <Typography.Text type="secondary">{i.subject}</Typography.Text> : null}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('jointReview.status'),
      width: 170,
      render: (_, i) => <ItemStatusTag t={t} item={i} />,
    },
    {
      key: 'days',
      title: t('jointReview.daysTaken'),
      width: 170,
      render: (_, i) => <DaysTaken t={t} item={i} />,
    },
    {
      key: 'answer',
      title: t('jointReview.answer'),
      render: (_, i) => (
        <Typography.Paragraph
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          ellipsis={{ rows: 3, expandable: true }}
        >
          {i.answer ?? '—'}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'answeredAt',
      title: t('jointReview.answeredAt'),
      width: 150,
      render: (_, i) => (i.answeredAt ? formatDateTime(i.answeredAt) : '—'),
    },
    {
      key: 'act',
      title: '',
      width: 100,
      render: (_, i) => <AnswerButton t={t} item={i} onAnswer={() => onAnswer(i)} />,
    },
  ];
}

/** One department as a card on a phone: state, days, answer. */
function ItemCard({ t, item, onAnswer }: { t: Translate; item: JointReviewItem; onAnswer: () => void }) {
  return (
    <List.Item
      data-overdue={item.overdue ? 'true' : undefined}
      style={item.overdue ? { borderInlineStart: '3px solid #cf1322', paddingInlineStart: 8 } : undefined}
    >
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" gap={8} wrap>
          <Typography.Text strong>{item.unitName}</Typography.Text>
          <ItemStatusTag t={t} item={item} />
        </Flex>
        {item.subject ? <Typography.Text type="secondary">{item.subject}</Typography.Text> : null}
        <DaysTaken t={t} item={item} />
        {item.answer ? (
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{item.answer}</Typography.Text>
        ) : null}
        <div>
          <AnswerButton t={t} item={item} onAnswer={onAnswer} />
        </div>
      </Flex>
    </List.Item>
  );
}

/**
 * 联审详情: every department's state on one page — status tags, days taken, the delay in red — so that the
 * applicant and the office see who holds the project up; the department answers its own item here.
 */
export function JointReviewPage() {
  const t = useT();
  const { id = '' } = useParams();
  const isMobile = Grid.useBreakpoint().md === false;
  const loaded = useRequest((signal) => jointReviewsApi.get(id, signal), [id]);
  const [review, setReview] = useState<JointReview | null>(null);
  const [answering, setAnswering] = useState<JointReviewItem | null>(null);
  const r = review && review.id === id ? review : loaded.data;
  if (isApiError(loaded.error) && loaded.error.status === 404) return <NotFoundResult />;
  if (loaded.error && !r)
    return (
      <Alert
        type="error"
        showIcon
        message={t('common.loadFailed', { message: errorMessage(t, loaded.error) })}
      />
    );
  if (!r) return <PageSpinner />;
  const mine = r.items.filter((i) => i.abilities.answer && i.status === 'pending');
  return (
    <>
      <PageTitle title={r.title} extra={<ReviewStatusTag t={t} status={r.status} />} />
      {mine.length > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${t('jointReview.myItem')}：${mine.map((i) => i.unitName).join('、')}`}
          action={
            <Button type="primary" size="small" onClick={() => setAnswering(mine[0] ?? null)}>
              {t('jointReview.answerAction')}
            </Button>
          }
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('jointReview.project')}>
            <Link to={`/projects/${r.projectId}`}>
              {r.projectCode} {r.projectName}
            </Link>
          </Descriptions.Item>
          {r.nodeName ? (
            <Descriptions.Item label={t('jointReview.node')}>{r.nodeName}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('jointReview.deadline')}>
            <Typography.Text strong type={r.overdueCount > 0 ? 'danger' : undefined}>
              {r.deadline}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('jointReview.progress')}>
            {t('jointReview.progressValue', { answered: r.answeredCount, total: r.itemCount })}
            {r.overdueCount > 0 ? (
              <Typography.Text type="danger" strong style={{ marginInlineStart: 8 }}>
                {t('jointReview.overdueCount', { count: r.overdueCount })}
              </Typography.Text>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('jointReview.openedAt')}>
            {formatDateTime(r.openedAt)}
            {r.openedByName ? ` · ${r.openedByName}` : ''}
          </Descriptions.Item>
          {r.closedAt ? (
            <Descriptions.Item label={t('jointReview.closedAt')}>
              {formatDateTime(r.closedAt)}
            </Descriptions.Item>
          ) : null}
          {r.description ? (
            <Descriptions.Item label={t('jointReview.description')} span={3}>
              {r.description}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card
        title={t('jointReview.whoHolds')}
        extra={
          isMobile ? null : (
            <Typography.Text type="secondary">{t('jointReview.whoHoldsHint')}</Typography.Text>
          )
        }
        styles={isMobile ? { body: { padding: 12 } } : undefined}
      >
        {isMobile ? (
          <List<JointReviewItem>
            dataSource={r.items}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
            renderItem={(i) => <ItemCard t={t} item={i} onAnswer={() => setAnswering(i)} />}
          />
        ) : (
          <Table<JointReviewItem>
            rowKey="id"
            size="middle"
            pagination={false}
            columns={itemColumns(t, setAnswering)}
            dataSource={r.items}
            tableLayout="fixed"
            scroll={{ x: 900 }}
            rowClassName={(i) => (i.overdue ? 'luoshi-overdue-row' : '')}
          />
        )}
      </Card>
      <AnswerDialog
        reviewId={r.id}
        item={answering}
        onClose={() => setAnswering(null)}
        onAnswered={(next) => {
          setAnswering(null);
          setReview(next);
        }}
      />
    </>
  );
}
