import { uuidv7 } from 'uuidv7';
import { storedFileRow } from '../../db/stored-files';
import { isZip, safeAttachmentName, sniffAttachment } from '../../../domain/attachments';
import { stripJpegLocation } from '../../../domain/photos';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Upload } from '../../documents/read-upload';
import { checkZip, type ZipLimits } from '../../documents/zip-guard';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { insertStoredFile } from '../projects/project-reports.repository';
import { loadSettings } from '../settings/settings.repository';
import { renderThumbnail } from './attachment-thumbnail';
import { canUploadAttachments } from './attachments.policy';
import { findAttachment, insertAttachment } from './attachments.repository';
import { presentAttachment } from './present-attachment';
import type { TAttachment } from './attachments.schemas';

const MiB = 1024 * 1024;
/** An Office file or OFD of evidence: photos inside make it large, but nothing legitimate unpacks past this. */
const attachmentZipLimits: ZipLimits = { maxEntries: 2000, maxTotalBytes: 256 * MiB, maxXmlBytes: 32 * MiB };

function unsupported(): AppError {
  return new AppError('UNSUPPORTED_FILE_TYPE', {
    details: {
      fields: [
        { path: 'file', message: '只能上传 PDF、Word、Excel、PowerPoint、OFD 文件或 JPEG、PNG、WebP 图片' },
      ],
    },
  });
}

/**
 * Stores an evidence file for the uploader's unit, not yet attached to anything (the report, share or
 * completion request that cites it attaches it). The type is decided by content (src/domain/attachments.ts):
 * the wrong kind is 415, over the `attachments.maxMiB` setting 422 `file`, a zip that would unpack too far
 * 422 FILE_TOO_COMPLEX — and nothing is stored. JPEG photos lose their GPS location when the projects' photo
 * setting says so; photos get a 240 px preview. The upload is read only after the permission check.
 */
export async function uploadAttachment(
  ctx: AuthedContext,
  read: () => Promise<Upload>,
): Promise<TAttachment> {
  assertCan(canUploadAttachments(ctx.actor));
  const upload = await read();
  const settings = await tenantTx(ctx, (tx) => loadSettings(tx, ctx.actor.tenantId));
  const maxMiB = settings['attachments.maxMiB'];
  if (upload.bytes.length > maxMiB * MiB) {
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'file', message: `文件不能超过 ${maxMiB} MB` }] },
    });
  }
  const entries = isZip(upload.bytes) ? await checkZip(upload.bytes, attachmentZipLimits, unsupported) : [];
  const type = sniffAttachment(upload.bytes, upload.fileName, entries);
  if (!type) throw unsupported();
  const content =
    type.mediaType === 'image/jpeg' && settings['projects.photos.stripExifLocation']
      ? Buffer.from(stripJpegLocation(upload.bytes).bytes)
      : upload.bytes;
  const thumbnail = type.kind === 'image' ? renderThumbnail(content, type.mediaType) : null;
  const name = safeAttachmentName(upload.fileName, type.ext);
  const now = ctx.clock.now();
  const id = uuidv7();
  return tenantTx(ctx, async (tx) => {
    const file = (fileId: string, fileName: string, mediaType: string, bytes: Buffer) =>
      insertStoredFile(
        tx,
        storedFileRow({
          id: fileId,
          tenantId: ctx.actor.tenantId,
          fileName,
          mediaType,
          content: bytes,
          createdAt: now,
          createdBy: ctx.actor.userId,
        }),
      );
    const fileId = uuidv7();
    await file(fileId, name, type.mediaType, content);
    const thumbnailFileId = thumbnail ? uuidv7() : null;
    if (thumbnail && thumbnailFileId)
      await file(thumbnailFileId, `${name}.thumb.png`, 'image/png', thumbnail);
    await insertAttachment(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      fileId,
      thumbnailFileId,
      kind: type.kind,
      unitId: ctx.actor.unitId,
      createdAt: now,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'attachment.uploaded',
      entityType: 'attachment',
      entityId: id,
      after: { name, kind: type.kind, size: content.length },
    });
    const row = await findAttachment(tx, id);
    if (!row) throw new Error('attachment vanished');
    return presentAttachment(ctx.actor, row);
  });
}
