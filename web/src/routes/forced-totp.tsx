import { Alert, Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { authApi } from '../api/endpoints';
import { AuthFrame } from '../features/auth/auth-frame';
import { useSession } from '../features/auth/session';
import { TotpEnrolment } from '../features/auth/totp-enrolment';
import { useT } from '../i18n/i18n';

/** 绑定动态验证码 (forced): the only page a user whose role requires TOTP can reach until it is set up. */
export function ForcedTotpPage() {
  const t = useT();
  const navigate = useNavigate();
  const { setMe, logout } = useSession();
  return (
    <AuthFrame
      extra={
        <Button
          type="text"
          style={{ color: '#fff' }}
          onClick={() => void logout().finally(() => navigate('/login', { replace: true }))}
        >
          {t('topbar.logout')}
        </Button>
      }
    >
      <Card
        style={{ width: '100%', maxWidth: 760 }}
        title={<span style={{ fontSize: 18 }}>{t('security.enrolTitle')}</span>}
      >
        <Alert type="warning" showIcon title={t('security.enrolRequired')} style={{ marginBottom: 24 }} />
        <TotpEnrolment onDone={() => void authApi.me().then(setMe)} />
      </Card>
    </AuthFrame>
  );
}
