import { uuidv7 } from 'uuidv7';
import { storedFileRow } from '../../db/stored-files';
import { sniffPhotoType, stripJpegLocation } from '../../../domain/photos';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import type { Upload } from '../../documents/read-upload';
import { fieldError } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { loadVisibleBlocker } from './blocker-scope';
import { blockerVerdicts, canReadBlockers } from './blockers.policy';
import { filesOf, insertBlockerFile } from './blockers.repository';
import type { TBlockerFile } from './blockers.schemas';

/** A file may be this large. */
export const maxBlockerFileBytes = 10 * 1024 * 1024;

/** A photo (JPEG/PNG/WebP, the projects' checks) or a PDF, by its content; null for anything else. */
export function evidenceType(bytes: Uint8Array): string | null {
  const photo = sniffPhotoType(bytes);
  if (photo) return photo;
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return bytes.length > 5 && pdf.every((b, i) => bytes[i] === b) ? 'application/pdf' : null;
}

async function assertMayAdd(tx: Executor, ctx: AuthedContext, id: string) {
  const loaded = await loadVisibleBlocker(tx, ctx, id);
  assertAbility(blockerVerdicts(ctx.actor, loaded.facts), 'addFile', {
    state: '已办结或关闭的堵点不能再上传',
  });
  return loaded;
}

/**
 * Evidence for a blocker (photos as the projects take them, JPEG losing its GPS location by the
 * `projects.photos.stripExifLocation` setting; or a PDF), at most 10 MiB, else 422 `file`; kept in
 * stored_files. The upload is read only after the visibility and ability checks.
 */
export async function uploadBlockerFile(
  ctx: AuthedContext,
  id: string,
  read: () => Promise<Upload>,
): Promise<TBlockerFile> {
  assertCan(canReadBlockers(ctx.actor));
  await tenantTx(ctx, (tx) => assertMayAdd(tx, ctx, id));
  const upload = await read();
  const type = evidenceType(upload.bytes);
  if (!type) throw fieldError('VALIDATION_FAILED', 'file', '只能上传 JPEG、PNG、WebP 图片或 PDF 文件');
  if (upload.bytes.length > maxBlockerFileBytes)
    throw fieldError('VALIDATION_FAILED', 'file', '文件不能超过 10 MB');
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const { settings } = await assertMayAdd(tx, ctx, id);
    const content =
      type === 'image/jpeg' && settings['projects.photos.stripExifLocation']
        ? Buffer.from(stripJpegLocation(upload.bytes).bytes)
        : upload.bytes;
    const fileId = uuidv7();
    const name =
      [...upload.fileName]
        .map((c) => (c < ' ' || c === '/' || c === '\\' ? '_' : c))
        .join('')
        .slice(-200) || 'file';
    const position = (await filesOf(tx, id)).length;
    await insertBlockerFile(
      tx,
      storedFileRow({
        id: fileId,
        tenantId: ctx.actor.tenantId,
        fileName: name,
        mediaType: type,
        content,
        createdAt: now,
        createdBy: ctx.actor.userId,
      }),
      {
        fileId,
        tenantId: ctx.actor.tenantId,
        blockerId: id,
        position,
        createdAt: now,
        createdBy: ctx.actor.userId,
      },
    );
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'blocker.file_added',
      entityType: 'blocker',
      entityId: id,
      after: { fileId, name, contentType: type, size: content.length },
    });
    return { id: fileId, name, contentType: type, size: content.length, createdAt: now.toISOString() };
  });
}
