import { showsInline } from '../../../domain/attachments';
import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canReadAttachments, canSeeAttachment } from './attachments.policy';
import { findAttachment, loadFileContent, type AttachmentRow } from './attachments.repository';
import { ownerVisible } from './owner-visibility';
import type { Executor } from '../../db/client';

/** The attachment if the caller may see it; 404 alike for another district's, another unit's or none. */
export async function loadVisibleAttachment(
  tx: Executor,
  ctx: AuthedContext,
  id: string,
): Promise<AttachmentRow> {
  const row = await findAttachment(tx, id);
  if (!row) throw notFound();
  const visible = canSeeAttachment(
    ctx.actor,
    row,
    await ownerVisible(tx, ctx.actor, row.ownerKind, row.ownerId),
  );
  if (!visible) throw notFound();
  return row;
}

export interface AttachmentContent {
  name: string;
  mediaType: string;
  inline: boolean;
  content: Buffer;
}

/** The file's bytes (or its preview's), for whoever sees the attachment. */
export async function readAttachment(
  ctx: AuthedContext,
  id: string,
  variant: 'original' | 'thumbnail',
): Promise<AttachmentContent> {
  assertCan(canReadAttachments(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await loadVisibleAttachment(tx, ctx, id);
    const fileId = variant === 'original' ? row.fileId : row.thumbnailFileId;
    const content = fileId ? await loadFileContent(tx, fileId) : undefined;
    if (!content) throw notFound();
    return variant === 'original'
      ? { name: row.name, mediaType: row.mediaType, inline: showsInline(row.kind), content }
      : { name: `${row.name}.png`, mediaType: 'image/png', inline: true, content };
  });
}
