import { Card } from 'antd';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '../features/auth/change-password-form';
import { useSession } from '../features/auth/session';
import { PageTitle } from '../features/common/page-title';
import { useT } from '../i18n/i18n';

/** 修改密码 from the user menu. */
export function ChangePasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  const { setMe } = useSession();
  return (
    <>
      <PageTitle title={t('password.title')} />
      <Card>
        <ChangePasswordForm
          onChanged={(me) => {
            setMe(me);
            navigate('/', { replace: true });
          }}
        />
      </Card>
    </>
  );
}
