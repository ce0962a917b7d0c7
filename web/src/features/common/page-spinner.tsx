import { Spin } from 'antd';
import { useT } from '../../i18n/i18n';

/** Shown while a lazily loaded page or the session is on its way. */
export function PageSpinner() {
  const t = useT();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }} role="status" aria-live="polite">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
