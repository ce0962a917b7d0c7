import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n';

function BackHome() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('common.backHome')}
    </Button>
  );
}

export function NotFoundResult() {
  const t = useT();
  return (
    <Result status="404" title={t('notFound.title')} subTitle={t('notFound.desc')} extra={<BackHome />} />
  );
}

export function ForbiddenResult() {
  const t = useT();
  return (
    <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.desc')} extra={<BackHome />} />
  );
}
