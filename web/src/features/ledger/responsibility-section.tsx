import { Flex, List, Tag, Typography } from 'antd';
import type { CoShareState } from '../../../../src/domain/ledger-responsibility';
import { responsibilityApi } from '../../api/responsibility';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { formatNumber } from '../common/format';
import { formatTargetValue } from '../tasks/labels';
import { periodLabel } from '../tasks/period';

const STATE_COLORS: Record<CoShareState, string> = {
  given: 'green',
  late: 'gold',
  missing: 'red',
  returned: 'orange',
};

/**
 * 落实到单位 in the ledger's drawer: each co-unit's share of the latest closed period (a word, never a colour
 * alone) and each target's per-unit shares with the latest figure — as far as the server lets the caller see.
 */
export function ResponsibilitySection({ taskId }: { taskId: string }) {
  const t = useT();
  const loaded = useRequest((signal) => responsibilityApi.ofTask(taskId, signal), [taskId]);
  const data = loaded.data;
  if (!data) return null;
  const empty = data.coShares.length === 0 && data.targetShares.length === 0;
  return (
    <section data-testid="ledger-responsibility">
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('resp.title')}
      </Typography.Title>
      {empty ? <Typography.Text type="secondary">{t('resp.none')}</Typography.Text> : null}
      {data.coShares.length > 0 ? (
        <List
          size="small"
          bordered
          header={
            <Typography.Text strong>
              {t('resp.coShares', { period: periodLabel(t, data.period) })}
            </Typography.Text>
          }
          dataSource={data.coShares}
          renderItem={(line) => (
            <List.Item data-testid="ledger-co-share" style={{ display: 'block' }}>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Typography.Text>{line.unitName ?? '—'}</Typography.Text>
                <span>
                  {line.givenOn ? (
                    <Typography.Text type="secondary" style={{ marginRight: 8, fontSize: 12 }}>
                      {t('resp.givenOn', { date: line.givenOn })}
                    </Typography.Text>
                  ) : null}
                  <Tag color={STATE_COLORS[line.state]} style={{ marginInlineEnd: 0 }}>
                    {t(`resp.state.${line.state}`)}
                  </Tag>
                </span>
              </Flex>
              {line.returnReason ? (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('resp.returnReason', { reason: line.returnReason })}
                </Typography.Text>
              ) : null}
            </List.Item>
          )}
        />
      ) : null}
      {data.targetShares.length > 0 ? (
        <List
          size="small"
          bordered
          style={{ marginTop: 12 }}
          header={<Typography.Text strong>{t('resp.targetShares')}</Typography.Text>}
          dataSource={data.targetShares}
          renderItem={(s) => {
            const goal = formatTargetValue(t, { ...s, unit: s.measureUnit, placeholder: false });
            return (
              <List.Item data-testid="ledger-target-share" style={{ display: 'block' }}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Typography.Text>
                    {s.indicator} · {s.unitName ?? '—'}
                  </Typography.Text>
                  <Tag color={s.status === 'approved' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
                    {t(`resp.status.${s.status}`)}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {goal} ·{' '}
                  {s.currentValue === null
                    ? t('resp.notReported')
                    : t('resp.latest', { value: `${formatNumber(s.currentValue)}${s.measureUnit}` })}
                  {s.progress !== null ? ` · ${s.progress}%` : ''}
                </Typography.Text>
              </List.Item>
            );
          }}
        />
      ) : null}
    </section>
  );
}
