import { Empty, Flex, List, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { sharesApi, type DueShares } from '../../api/shares';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { periodLabel } from '../tasks/period';
import { ShareStatusTag } from './share-status-tag';

/** 待报送的配合任务 on a unit's workbench: tasks it cooperates on whose share of this period is owed. */
export function DueSharesCard() {
  const t = useT();
  const due = useRequest((signal) => sharesApi.due(signal), []);
  if (due.loading && !due.data) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (due.error)
    return (
      <Typography.Text type="secondary">
        {t('common.loadFailed', { message: errorMessage(t, due.error) })}
      </Typography.Text>
    );
  const items = due.data?.items ?? [];
  if (items.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('share.dueEmpty')} style={{ margin: 0 }} />
    );
  return (
    <List<DueShares['items'][number]>
      size="small"
      dataSource={items.slice(0, 6)}
      header={
        <Typography.Text type="secondary">
          {t('share.periodIs', { period: periodLabel(t, due.data?.period ?? '') })}
        </Typography.Text>
      }
      renderItem={(item) => (
        <List.Item style={{ paddingInline: 0, display: 'block' }} data-testid="due-share">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <div style={{ minWidth: 0 }}>
              <Link to={`/tasks/${item.taskId}`} className="luoshi-ellipsis" style={{ maxWidth: '100%' }}>
                {item.title}
              </Link>
              <div style={{ fontSize: 12, color: '#595959' }}>
                {t('share.dueLead', { unit: item.leadUnitName ?? '—' })}
                {item.returnReason ? ` · ${t('share.returnReason', { reason: item.returnReason })}` : ''}
              </div>
            </div>
            <span style={{ flex: 'none' }}>
              <ShareStatusTag status={item.status} />
            </span>
          </Flex>
        </List.Item>
      )}
    />
  );
}
