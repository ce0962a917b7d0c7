import { Alert, Button } from 'antd';
import { isApiError } from '../../api/client';
import type { VersionConflictDetails } from '../../api/types';
import { useT, type Translate } from '../../i18n/i18n';
import { formatDateTime } from './format';

/** True for the 409 answered to a stale write. */
export function isVersionConflict(e: unknown): boolean {
  return isApiError(e) && e.status === 409 && e.code === 'VERSION_CONFLICT';
}

/** "张三于 2024-07-15 14:03 修改了这条记录…" from the 409 details. */
export function versionConflictText(t: Translate, error: unknown, inForm = true): string {
  const d = (isApiError(error) ? error.details : {}) as VersionConflictDetails;
  return t(inForm ? 'error.versionConflict' : 'error.versionConflictShort', {
    who: d.updatedBy || t('error.versionConflictSomeone'),
    when: formatDateTime(d.updatedAt) || '—',
    version: d.currentVersion ?? '—',
  });
}

/** Says who changed the record and when, and offers to reload it; the form keeps what was typed. */
export function VersionConflictAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const t = useT();
  if (!isApiError(error)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('error.versionConflictTitle')}
      description={
        <>
          <div>{versionConflictText(t, error)}</div>
          <Button size="small" type="primary" onClick={onReload} style={{ marginTop: 8 }}>
            {t('error.versionConflictReload')}
          </Button>
        </>
      }
    />
  );
}
