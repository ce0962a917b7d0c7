import { Alert, Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { AuthFrame } from '../features/auth/auth-frame';
import { ChangePasswordForm } from '../features/auth/change-password-form';
import { useSession } from '../features/auth/session';
import { useT } from '../i18n/i18n';

/** 修改密码 (forced): the only page a user who must change the password can reach. */
export function ForcedPasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  const { setMe, logout } = useSession();
  return (
    <AuthFrame
      extra={
        <Button
          type="text"
          style={{ color: '#fff' }}
          onClick={() => {
            void logout().finally(() => navigate('/login', { replace: true }));
          }}
        >
          {t('topbar.logout')}
        </Button>
      }
    >
      <Card
        style={{ width: '100%', maxWidth: 820 }}
        title={<span style={{ fontSize: 18 }}>{t('password.title')}</span>}
      >
        <Alert
          type="warning"
          showIcon
          title={t('password.forcedTitle')}
          description={t('password.forcedDesc')}
          style={{ marginBottom: 24 }}
        />
        <ChangePasswordForm
          onChanged={(me) => {
            setMe(me);
            navigate('/', { replace: true });
          }}
        />
      </Card>
    </AuthFrame>
  );
}
