import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router';
import type { Me } from '../../api/types';
import { useT } from '../../i18n/i18n';

/** Days before expiry from which the workbench warns. */
export const PASSWORD_EXPIRY_WARNING_DAYS = 15;

/** Warns when the password expires within 15 days (or has expired). */
export function PasswordExpiryAlert({ me }: { me: Me }) {
  const t = useT();
  const navigate = useNavigate();
  const days = me.passwordExpiresInDays;
  if (days === null || days > PASSWORD_EXPIRY_WARNING_DAYS) return null;
  return (
    <Alert
      type={days <= 0 ? 'error' : 'warning'}
      showIcon
      role="alert"
      title={days <= 0 ? t('password.expired') : t('password.expiresSoon', { days })}
      action={
        <Button size="small" type="primary" onClick={() => navigate('/password')}>
          {t('password.changeNow')}
        </Button>
      }
    />
  );
}
