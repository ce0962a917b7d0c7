import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { requestsApi, taskActionsApi } from '../../api/endpoints';
import type { Task, TaskRequest, TaskStatusAction } from '../../api/types';
import { useT, type MessageKey } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { AcceptanceRequestModal } from '../acceptance/request-modal';
import { CommentModal } from './comment-modal';

type Dialog = 'extension' | 'completion' | TaskStatusAction | null;
const STATUS_ACTIONS = ['suspend', 'resume', 'cancel'] as const satisfies readonly TaskStatusAction[];

/**
 * The task's actions for this viewer and this state: 签收, 填报进展, 申请延期, 申请办结 for the lead unit;
 * 暂停 / 恢复 / 撤销 with a reason for the supervision office.
 */
export function TaskActions({
  task,
  requests,
  onReport,
  onTask,
  onRequests,
  onReload,
}: {
  task: Task;
  requests: readonly TaskRequest[];
  onReport: () => void;
  onTask: (task: Task) => void;
  onRequests: () => void;
  onReload: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [accepting, setAccepting] = useState(false);
  const can = task.abilities;
  const pendingExtension = requests.some((r) => r.kind === 'extension' && r.status === 'pending');

  const accept = async () => {
    setAccepting(true);
    try {
      onTask(await taskActionsApi.accept(task.id));
      message.success(t('exec.accepted'));
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setAccepting(false);
    }
  };

  const buttons = [];
  if (can.accept) {
    buttons.push(
      <Popconfirm
        key="accept"
        title={t('exec.acceptConfirm')}
        okText={t('exec.accept')}
        cancelText={t('common.cancel')}
        onConfirm={() => accept()}
      >
        <Button type="primary" loading={accepting}>
          {t('exec.accept')}
        </Button>
      </Popconfirm>,
    );
  }
  if (can.report) {
    buttons.push(
      <Button key="report" type="primary" onClick={onReport}>
        {t('exec.report')}
      </Button>,
    );
  }
  if (can.requestExtension && !pendingExtension) {
    buttons.push(
      <Button key="extension" onClick={() => setDialog('extension')}>
        {t('exec.askExtension')}
      </Button>,
    );
  }
  if (can.requestCompletion) {
    buttons.push(
      <Button key="completion" onClick={() => setDialog('completion')}>
        {t('acceptance.ask')}
      </Button>,
    );
  }
  for (const action of STATUS_ACTIONS) {
    if (can[action]) {
      buttons.push(
        <Button key={action} danger={action === 'cancel'} onClick={() => setDialog(action)}>
          {t(`exec.status.${action}` as MessageKey)}
        </Button>,
      );
    }
  }

  const isStatusDialog = dialog === 'suspend' || dialog === 'resume' || dialog === 'cancel';
  return (
    <>
      {buttons}
      <CommentModal
        open={dialog === 'extension'}
        title={t('exec.askExtension')}
        description={t('exec.extensionHint', { due: task.dueDate ?? '—' })}
        dateLabel={t('exec.newDueDate')}
        minDate={task.dueDate}
        label={t('exec.extensionReason')}
        required
        serverField="reason"
        okText={t('exec.submitRequest')}
        onClose={() => setDialog(null)}
        onSubmit={async (reason, date) => {
          await requestsApi.askExtension(task.id, { newDueDate: date ?? '', reason });
          message.success(t('exec.requestSent'));
          onRequests();
        }}
      />
      <AcceptanceRequestModal
        taskId={task.id}
        open={dialog === 'completion'}
        onClose={() => setDialog(null)}
        onSent={() => {
          message.success(t('acceptance.sent'));
          onRequests();
          onReload();
        }}
      />
      <CommentModal
        open={isStatusDialog}
        title={isStatusDialog ? t(`exec.status.${dialog}Title` as MessageKey) : ''}
        label={t('exec.statusReason')}
        required
        danger={dialog === 'cancel'}
        serverField="reason"
        okText={isStatusDialog ? t(`exec.status.${dialog}` as MessageKey) : ''}
        onClose={() => setDialog(null)}
        onReload={onReload}
        onSubmit={async (reason) => {
          if (!isStatusDialog) return;
          onTask(
            await taskActionsApi.changeStatus(task.id, { action: dialog, reason, version: task.version }),
          );
          message.success(t('exec.statusChanged'));
        }}
      />
    </>
  );
}
