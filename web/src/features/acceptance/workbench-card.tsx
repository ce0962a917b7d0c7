import { Tag } from 'antd';
import { requestsApi } from '../../api/endpoints';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { formatDateTime } from '../common/format';
import { CompactList } from '../workbench/execution-cards';

/** 待验收 on the office's workbench: tasks whose lead unit asked for acceptance, oldest first. */
export function PendingAcceptanceCard() {
  const t = useT();
  const pending = useRequest((signal) => requestsApi.pending(signal), []);
  const rows = (pending.data?.items ?? [])
    .filter((r) => r.kind === 'completion')
    .map((r) => ({
      key: r.id,
      to: `/tasks/${r.taskId}`,
      title: r.taskCode ? `${r.taskCode} ${r.taskTitle ?? ''}` : (r.taskTitle ?? t('workbench.unknownTask')),
      meta: t('acceptance.wbMeta', {
        name: r.requestedByName ?? t('acceptance.unknownPerson'),
        time: formatDateTime(r.requestedAt),
      }),
      extra: <Tag color="processing">{t('acceptance.state.requested')}</Tag>,
    }));
  return (
    <CompactList rows={rows} loading={pending.loading} error={pending.error} emptyKey="acceptance.wbEmpty" />
  );
}
