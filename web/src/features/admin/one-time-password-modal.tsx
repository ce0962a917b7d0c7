import { Alert, Button, Modal, Typography } from 'antd';
import type { User } from '../../api/types';
import { useT } from '../../i18n/i18n';

/** Shows a generated one-time password once, with a copy button. */
export function OneTimePasswordModal({
  result,
  onClose,
}: {
  result: { user: User; initialPassword: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open={result !== null}
      title={t('users.otpTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {result ? (
        <>
          <Typography.Paragraph>
            {t('users.otpDesc', { name: result.user.displayName, username: result.user.username })}
          </Typography.Paragraph>
          <div
            style={{
              background: '#f5f7fa',
              border: '1px solid #d9d9d9',
              borderRadius: 4,
              padding: '12px 16px',
              textAlign: 'center',
              marginBottom: 16,
            }}
          >
            <Typography.Text
              className="luoshi-mono"
              style={{ fontSize: 22, letterSpacing: 2 }}
              copyable={{ text: result.initialPassword, tooltips: [t('common.copy'), t('common.copied')] }}
              aria-label={t('users.otpTitle')}
            >
              {result.initialPassword}
            </Typography.Text>
          </div>
          <Alert type="warning" showIcon title={t('users.otpWarning')} />
        </>
      ) : null}
    </Modal>
  );
}
