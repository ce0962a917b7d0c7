import { uuidv7 } from 'uuidv7';
import { storedFileRow } from '../../db/stored-files';
import { sniffPhotoType, stripJpegLocation } from '../../../domain/photos';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import type { Upload } from '../../documents/read-upload';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { factsOf } from './project-bundles';
import { assertNoProblems, loadVisibleProject } from './project-rules';
import { canUploadProjectPhotos, projectVerdicts } from './projects.policy';
import { insertPhotoLink, insertStoredFile } from './projects.repository';
import type { TProjectPhoto } from './projects.schemas';

/** A photo may be this large. */
export const maxPhotoBytes = 10 * 1024 * 1024;

/**
 * Stores a photo for the project's reports (the reporters or the office): JPEG, PNG or WebP by content, at
 * most 10 MiB, else 422 `file`. A JPEG loses its GPS location first when `projects.photos.stripExifLocation`
 * is on (src/domain/photos.ts says what is removed). Kept in stored_files, inside the database, so that
 * backup/restore and row-level security cover it; attached to a report when the report names it. The upload
 * is read (`read`) only after the permission and visibility checks, outside any transaction.
 */
export async function uploadProjectPhoto(
  ctx: AuthedContext,
  projectId: string,
  read: () => Promise<Upload>,
): Promise<TProjectPhoto> {
  assertCan(canUploadProjectPhotos(ctx.actor));
  await tenantTx(ctx, (tx) => assertMayUpload(tx, ctx, projectId));
  const upload = await read();
  const type = sniffPhotoType(upload.bytes);
  assertNoProblems([
    type === null ? { path: 'file', message: '只能上传 JPEG、PNG 或 WebP 图片' } : null,
    upload.bytes.length > maxPhotoBytes ? { path: 'file', message: '图片不能超过 10 MB' } : null,
  ]);
  const contentType = type ?? 'application/octet-stream';
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const settings = await assertMayUpload(tx, ctx, projectId);
    const content =
      type === 'image/jpeg' && settings['projects.photos.stripExifLocation']
        ? Buffer.from(stripJpegLocation(upload.bytes).bytes)
        : upload.bytes;
    const id = uuidv7();
    const name =
      [...upload.fileName]
        .map((c) => (c < ' ' || c === '/' || c === '\\' ? '_' : c))
        .join('')
        .slice(-200) || 'photo';
    await insertStoredFile(
      tx,
      storedFileRow({
        id,
        tenantId: ctx.actor.tenantId,
        fileName: name,
        mediaType: contentType,
        content,
        createdAt: now,
        createdBy: ctx.actor.userId,
      }),
    );
    await insertPhotoLink(tx, {
      fileId: id,
      tenantId: ctx.actor.tenantId,
      projectId,
      createdAt: now,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project_photo.uploaded',
      entityType: 'project_photo',
      entityId: id,
      after: { projectId, name, contentType, size: content.length },
    });
    return { id, name, contentType, size: content.length };
  });
}

/** 404 for a project the caller does not see, 403/409 for one they may not add photos to; the settings. */
async function assertMayUpload(tx: Executor, ctx: AuthedContext, projectId: string) {
  const { bundle, settings } = await loadVisibleProject(tx, ctx, projectId);
  const verdicts = projectVerdicts(ctx.actor, factsOf(bundle));
  if (verdicts.update !== 'yes') assertAbility(verdicts, 'report', { state: '该阶段的项目不填报进展' });
  return settings;
}
