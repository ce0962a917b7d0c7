import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { reportsApi } from '../../api/endpoints';
import type { Report } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { periodLabel } from '../tasks/period';
import { CommentModal } from './comment-modal';

/** 审核: approve at once (with a confirm), or return with a comment the unit will read. */
export function ReviewButtons({
  report,
  taskLabel,
  size = 'small',
  onDone,
}: {
  report: Report;
  /** "2024-ZJJ-001 改造老旧小区" for the dialogs' titles. */
  taskLabel: string;
  size?: 'small' | 'middle';
  onDone: (report: Report) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [approving, setApproving] = useState(false);
  const period = periodLabel(t, report.period);

  const approve = async () => {
    setApproving(true);
    try {
      const next = await reportsApi.review(report.id, { decision: 'approve' });
      message.success(t('review.approved', { period }));
      onDone(next);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setApproving(false);
    }
  };

  return (
    <>
      <Space size={4} wrap>
        <Popconfirm
          title={t('review.approveConfirm', { period, progress: report.progress })}
          okText={t('review.approve')}
          cancelText={t('common.cancel')}
          onConfirm={() => approve()}
        >
          <Button
            type="primary"
            size={size}
            loading={approving}
            aria-label={`${t('review.approve')} ${taskLabel} ${period}`}
          >
            {t('review.approve')}
          </Button>
        </Popconfirm>
        <Button
          size={size}
          onClick={() => setReturning(true)}
          aria-label={`${t('review.return')} ${taskLabel} ${period}`}
        >
          {t('review.return')}
        </Button>
      </Space>
      <CommentModal
        open={returning}
        title={t('review.returnTitle', { task: taskLabel, period })}
        label={t('review.returnComment')}
        required
        danger
        okText={t('review.return')}
        onClose={() => setReturning(false)}
        onSubmit={async (comment) => {
          const next = await reportsApi.review(report.id, { decision: 'return', comment });
          message.success(t('review.returned', { period }));
          onDone(next);
        }}
      />
    </>
  );
}
