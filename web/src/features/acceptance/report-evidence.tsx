import { Typography } from 'antd';
import type { AttachmentOwnerKind } from '../../../../src/domain/vocabulary';
import { attachmentsApi } from '../../api/attachments';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { EvidenceList } from '../common/evidence-list';

/** The evidence a progress report cites, under the report; nothing at all when it cites none. */
export function ReportEvidence({ reportId, version }: { reportId: string; version: number }) {
  return <OwnedEvidence ownerKind="report" ownerId={reportId} version={version} />;
}

/** The evidence of a report, a case answer or a rectification, labelled; nothing when there is none. */
export function OwnedEvidence({
  ownerKind,
  ownerId,
  version,
}: {
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  /** The owner's version: a resubmission may add files. */
  version: number;
}) {
  const t = useT();
  const loaded = useRequest(
    (signal) => attachmentsApi.list(ownerKind, ownerId, signal),
    [ownerKind, ownerId, version],
  );
  const items = loaded.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('acceptance.reportEvidence')}
      </Typography.Text>
      <div style={{ marginTop: 4 }}>
        <EvidenceList ownerKind={ownerKind} ownerId={ownerId} items={items} />
      </div>
    </div>
  );
}
