import { Empty, Flex, List, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { targetSharesApi, type ShareToFollow } from '../../api/target-shares';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { formatNumber } from '../common/format';
import { LightTag } from '../tasks/light-tag';

/**
 * 本单位分解指标: the shares of district targets the unit holds, each with its own light (red first), so that a
 * lagging share shows on the unit's workbench even while the district's task is green.
 */
export function UnitTargetSharesCard() {
  const t = useT();
  const list = useRequest((signal) => targetSharesApi.toFollow(signal), []);
  if (list.loading && !list.data) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (list.error)
    return (
      <Typography.Text type="secondary">
        {t('common.loadFailed', { message: errorMessage(t, list.error) })}
      </Typography.Text>
    );
  const rows = list.data?.items ?? [];
  if (rows.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('targetShares.wbEmpty')}
        style={{ margin: 0 }}
      />
    );
  const fmt = (v: number | null, unit: string) => (v === null ? '—' : `${formatNumber(v)}${unit}`);
  return (
    <List<ShareToFollow>
      size="small"
      dataSource={rows.slice(0, 6)}
      renderItem={(s) => (
        <List.Item style={{ paddingInline: 0, display: 'block' }}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <div style={{ minWidth: 0 }}>
              <Link to={`/tasks/${s.taskId}`} className="luoshi-ellipsis" style={{ maxWidth: '100%' }}>
                {s.taskTitle}
              </Link>
              <div style={{ fontSize: 12, color: '#595959' }}>
                {s.indicator} ·{' '}
                {t('targetShares.wbLine', {
                  target: fmt(s.targetValue, s.unit),
                  current: fmt(s.currentValue, s.unit),
                })}
                {s.progress !== null ? `（${formatNumber(s.progress, 1)}%）` : ''}
              </div>
            </div>
            <span style={{ flex: 'none' }}>
              <LightTag light={s.light} reasons={s.lightReasons} size="small" />
            </span>
          </Flex>
        </List.Item>
      )}
    />
  );
}
