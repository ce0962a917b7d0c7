/**
 * The evidence attached to one object (a report, a share, a completion request…): photos as thumbnails that
 * open large, other files as links that download under their original name.
 */
import { FileOutlined } from '@ant-design/icons';
import { Flex, Image, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AttachmentOwnerKind } from '../../../../src/domain/vocabulary';
import { attachmentsApi, type Attachment } from '../../api/attachments';
import { useT } from '../../i18n/i18n';

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function EvidenceList({
  ownerKind,
  ownerId,
  items,
}: {
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  /** Already loaded (e.g. sent with the object); otherwise the list is fetched. */
  items?: Attachment[];
}) {
  const t = useT();
  const [loaded, setLoaded] = useState<Attachment[] | null>(items ?? null);
  useEffect(() => {
    if (items) {
      setLoaded(items);
      return;
    }
    const abort = new AbortController();
    attachmentsApi
      .list(ownerKind, ownerId, abort.signal)
      .then((r) => setLoaded(r.items))
      .catch(() => setLoaded([]));
    return () => abort.abort();
  }, [ownerKind, ownerId, items]);

  if (loaded === null) return null;
  if (loaded.length === 0) return <Typography.Text type="secondary">{t('evidence.none')}</Typography.Text>;
  const photos = loaded.filter((a) => a.hasThumbnail);
  const files = loaded.filter((a) => !a.hasThumbnail);
  return (
    <Flex vertical gap={8} data-testid={`evidence-${ownerKind}-${ownerId}`}>
      {photos.length > 0 ? (
        <Image.PreviewGroup>
          <Flex gap={8} wrap>
            {photos.map((a) => (
              <Image
                key={a.id}
                width={96}
                height={72}
                style={{ objectFit: 'cover', borderRadius: 4 }}
                src={attachmentsApi.thumbnailUrl(a.id)}
                preview={{ src: attachmentsApi.fileUrl(a.id) }}
                alt={a.name}
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
      {files.map((a) => (
        <Typography.Link key={a.id} href={attachmentsApi.fileUrl(a.id)} download={a.name}>
          <FileOutlined /> {a.name} <Typography.Text type="secondary">（{size(a.size)}）</Typography.Text>
        </Typography.Link>
      ))}
    </Flex>
  );
}
