import type { AttachmentOwnerKind } from '../../../domain/vocabulary';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadAttachments, canSeeAttachment } from './attachments.policy';
import { listAttachmentsOf } from './attachments.repository';
import { ownerVisible } from './owner-visibility';
import { presentAttachment } from './present-attachment';

/** The evidence attached to one object, as far as the caller sees it (none for an object they do not see). */
export async function listAttachments(ctx: AuthedContext, ownerKind: AttachmentOwnerKind, ownerId: string) {
  assertCan(canReadAttachments(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const visible = await ownerVisible(tx, ctx.actor, ownerKind, ownerId);
    const rows = (await listAttachmentsOf(tx, ownerKind, ownerId)).filter((r) =>
      canSeeAttachment(ctx.actor, r, visible),
    );
    return { items: rows.map((r) => presentAttachment(ctx.actor, r)), total: rows.length };
  });
}
