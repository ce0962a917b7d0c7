import { iso } from '../../http';
import type { Actor } from '../../context';
import { attachmentAbilities } from './attachments.policy';
import type { AttachmentRow } from './attachments.repository';
import type { TAttachment } from './attachments.schemas';

export function presentAttachment(actor: Actor, row: AttachmentRow): TAttachment {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    mediaType: row.mediaType,
    size: row.size,
    hasThumbnail: row.thumbnailFileId !== null,
    unitId: row.unitId,
    ownerKind: row.ownerKind,
    ownerId: row.ownerId,
    createdAt: iso(row.createdAt),
    abilities: attachmentAbilities(actor, row),
  };
}
