import { Tag, Typography } from 'antd';
import { acceptanceApi } from '../../api/acceptance';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { formatDate } from '../common/format';

/** The acceptance record in one line (the ledger's drawer): state, and once decided who, when, remarks. */
export function AcceptanceSummary({ taskId }: { taskId: string }) {
  const t = useT();
  const loaded = useRequest((signal) => acceptanceApi.get(taskId, signal), [taskId]);
  const data = loaded.data;
  const last = data?.requests.at(-1);
  if (!data || data.taskId !== taskId || !last) return <>—</>;
  const decided = [
    last.decidedAt ? formatDate(last.decidedAt) : null,
    last.decidedByName,
    last.decisionComment,
  ].filter(Boolean);
  return (
    <span data-testid="ledger-acceptance">
      <Tag
        color={data.state === 'returned' ? 'warning' : data.state === 'requested' ? 'processing' : 'success'}
      >
        {t(`acceptance.state.${data.state}` as MessageKey)}
      </Tag>
      {decided.length > 0 ? <Typography.Text>{decided.join(' · ')}</Typography.Text> : null}
    </span>
  );
}
