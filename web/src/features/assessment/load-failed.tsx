import { Button, Empty } from 'antd';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

/** What a tab shows when its data did not load: the reason and 重试. */
export function LoadFailed({
  error,
  onRetry,
  description,
}: {
  error: unknown;
  onRetry: () => void;
  description?: string;
}) {
  const t = useT();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={description ?? t('common.loadFailed', { message: errorMessage(t, error) })}
    >
      <Button onClick={onRetry}>{t('common.retry')}</Button>
    </Empty>
  );
}
