import { DeleteOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useNavigate } from 'react-router';
import { decisionsApi } from '../../api/endpoints';
import type { Decision } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

/**
 * 删除决策: for a decision entered by mistake. Shown only when the server's abilities allow it (nothing published,
 * the office's role); a confirm dialog names the drafts that go with it, and the server decides again.
 */
export function DeleteDecisionButton({ decision, onStale }: { decision: Decision; onStale: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  if (!decision.abilities.delete) return null;
  const confirm = () =>
    modal.confirm({
      title: t('decision.removeTitle', { title: decision.title }),
      content: t('decision.removeConfirm', { count: decision.taskCounts.draft }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await decisionsApi.remove(decision.id, decision.version);
          message.success(t('decision.removed'));
          void navigate('/decisions');
        } catch (e) {
          message.error(errorMessage(t, e));
          onStale();
        }
      },
    });
  return (
    <Button danger icon={<DeleteOutlined />} onClick={confirm}>
      {t('decision.remove')}
    </Button>
  );
}
