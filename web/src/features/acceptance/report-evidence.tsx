import { Typography } from 'antd';
import { attachmentsApi } from '../../api/attachments';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { EvidenceList } from '../common/evidence-list';

/** The evidence a progress report cites, under the report; nothing at all when it cites none. */
export function ReportEvidence({ reportId, version }: { reportId: string; version: number }) {
  const t = useT();
  // A resubmission may add files: the report's version moves with it.
  const loaded = useRequest((signal) => attachmentsApi.list('report', reportId, signal), [reportId, version]);
  const items = loaded.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('acceptance.reportEvidence')}
      </Typography.Text>
      <div style={{ marginTop: 4 }}>
        <EvidenceList ownerKind="report" ownerId={reportId} items={items} />
      </div>
    </div>
  );
}
