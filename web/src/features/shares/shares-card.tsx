import { Alert, App, Button, Card, Flex, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { sharesApi, type TaskShare } from '../../api/shares';
import type { Task } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { EvidenceList } from '../common/evidence-list';
import { formatDateTime } from '../common/format';
import { periodLabel } from '../tasks/period';
import { ShareFigures } from './share-figures';
import { ShareFormDrawer } from './share-form';
import { ShareStatusTag } from './share-status-tag';

/**
 * 配合单位报送 on the task page, for the current period: the lead unit, the office and leaders see every
 * co-unit's share (or that it has not come) and the lead unit returns one; a co-unit sees its own and sends it.
 */
export function SharesCard({ task, refresh }: { task: Task; refresh?: unknown }) {
  const t = useT();
  const { message } = App.useApp();
  // `refresh` changes when the lead unit's reports reload: a report may have consolidated shares.
  const list = useRequest((signal) => sharesApi.list(task.id, undefined, signal), [task.id, refresh]);
  const [writing, setWriting] = useState(false);
  const [returning, setReturning] = useState<TaskShare | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const data = list.data;
  if (task.coUnitIds.length === 0 || (list.error && !data)) return null;
  const period = data?.period ?? '';
  const mine = data?.abilities.submit ? (data.units[0] ?? null) : null;

  const sendReturn = async () => {
    if (!returning) return;
    try {
      await sharesApi.return(task.id, returning.id, { reason: reason.trim(), version: returning.version });
      void message.success(t('share.returned'));
      setReturning(null);
      setReason('');
      list.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card
      title={t('share.cardTitle')}
      loading={list.loading && !data}
      data-testid="shares-card"
      extra={
        mine && (!mine.share || mine.share.abilities.resubmit) ? (
          <Button size="small" type="primary" onClick={() => setWriting(true)}>
            {mine.share ? t('share.redo') : t('share.report')}
          </Button>
        ) : null
      }
    >
      <Typography.Text type="secondary">
        {t('share.periodIs', { period: periodLabel(t, period) })}
      </Typography.Text>
      {error ? (
        <Alert type="error" showIcon style={{ margin: '8px 0' }} title={errorMessage(t, error)} />
      ) : null}
      {mine && !mine.share ? (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '8px 0' }}
          title={t('share.mineMissing', { period: periodLabel(t, period) })}
        />
      ) : null}
      <List
        size="small"
        dataSource={data?.units ?? []}
        locale={{ emptyText: t('share.noCoUnits') }}
        renderItem={({ unitId, unitName, share }) => (
          <List.Item key={unitId} style={{ display: 'block', paddingInline: 0 }} data-testid="share-line">
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>{unitName ?? '—'}</Typography.Text>
              <Flex gap={8} align="center">
                <ShareStatusTag status={share?.status ?? 'missing'} />
                {share?.abilities.return ? (
                  <Button size="small" danger onClick={() => setReturning(share)}>
                    {t('share.return')}
                  </Button>
                ) : null}
              </Flex>
            </Flex>
            {share ? (
              <div style={{ marginTop: 4 }}>
                <ShareFigures task={task} values={share.values} />
                <Typography.Paragraph
                  style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}
                  ellipsis={{ rows: 3, expandable: 'collapsible' }}
                >
                  {share.narrative}
                </Typography.Paragraph>
                {share.problems ? (
                  <Typography.Paragraph type="secondary" style={{ margin: '0 0 4px' }}>
                    {t('share.problems', { text: share.problems })}
                  </Typography.Paragraph>
                ) : null}
                {share.status === 'returned' && share.returnReason ? (
                  <Typography.Paragraph type="danger" style={{ margin: '0 0 4px' }}>
                    {t('share.returnReason', { reason: share.returnReason })}
                  </Typography.Paragraph>
                ) : null}
                {share.attachments.length > 0 ? (
                  <EvidenceList ownerKind="share" ownerId={share.id} items={share.attachments} />
                ) : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('share.submittedBy', {
                    name: share.submittedByName ?? '—',
                    at: formatDateTime(share.submittedAt),
                  })}
                </Typography.Text>
              </div>
            ) : null}
          </List.Item>
        )}
      />
      {mine ? (
        <ShareFormDrawer
          task={task}
          period={period}
          current={mine.share}
          open={writing}
          onClose={() => setWriting(false)}
          onSent={() => {
            setWriting(false);
            list.reload();
          }}
        />
      ) : null}
      <Modal
        open={returning !== null}
        title={t('share.returnTitle', { unit: returning?.unitName ?? '' })}
        onCancel={() => setReturning(null)}
        onOk={() => void sendReturn()}
        okButtonProps={{ danger: true, disabled: reason.trim().length === 0 }}
        okText={t('share.return')}
      >
        <Typography.Text>{t('share.returnReasonLabel')}</Typography.Text>
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
          autoSize={{ minRows: 3, maxRows: 6 }}
          placeholder={t('share.returnReasonPlaceholder')}
          aria-label={t('share.returnReasonLabel')}
        />
      </Modal>
    </Card>
  );
}
