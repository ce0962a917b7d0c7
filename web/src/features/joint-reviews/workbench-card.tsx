import { Empty, Flex, List, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { jointReviewsApi, type JointReviewSummary } from '../../api/joint-reviews';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';

/** 联审待答复: the open reviews where the user's unit is a department; the overdue ones first, in red. */
export function UnitJointReviewsCard() {
  const t = useT();
  const me = useMe();
  const list = useRequest(
    (signal) =>
      me.unitId
        ? jointReviewsApi.list({ unitId: me.unitId, status: 'open', pageSize: 50 }, signal)
        : Promise.resolve({ items: [], total: 0, abilities: { open: false } }),
    [me.unitId],
  );
  const rows = [...(list.data?.items ?? [])].sort((a, b) => b.overdueCount - a.overdueCount);
  if (list.loading && !list.data) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (list.error)
    return (
      <Typography.Text type="secondary">
        {t('common.loadFailed', { message: errorMessage(t, list.error) })}
      </Typography.Text>
    );
  if (rows.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('jointReview.wbEmpty')}
        style={{ margin: 0 }}
      />
    );
  return (
    <List<JointReviewSummary>
      size="small"
      dataSource={rows.slice(0, 5)}
      renderItem={(r) => (
        <List.Item style={{ paddingInline: 0, display: 'block' }}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <div style={{ minWidth: 0 }}>
              <Link to={`/joint-reviews/${r.id}`} className="luoshi-ellipsis" style={{ maxWidth: '100%' }}>
                {r.title}
              </Link>
              <div style={{ fontSize: 12, color: '#595959' }}>
                {r.projectName} · {t('jointReview.deadline')} {r.deadline}
              </div>
            </div>
            {r.overdueCount > 0 ? (
              <Typography.Text type="danger" style={{ flex: 'none' }}>
                {t('jointReview.overdue')}
              </Typography.Text>
            ) : null}
          </Flex>
        </List.Item>
      )}
    />
  );
}
