import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { attachmentVerdicts, canReadAttachments } from './attachments.policy';
import { deleteAttachmentRow } from './attachments.repository';
import { loadVisibleAttachment } from './read-attachment';

/** Withdraws an upload before anything cites it (its sender only); attached evidence stays (409). */
export async function deleteAttachment(ctx: AuthedContext, id: string): Promise<void> {
  assertCan(canReadAttachments(ctx.actor));
  await tenantTx(ctx, async (tx) => {
    const row = await loadVisibleAttachment(tx, ctx, id);
    assertAbility(attachmentVerdicts(ctx.actor, row), 'delete', { state: '已作为佐证材料的附件不能撤回' });
    await deleteAttachmentRow(tx, row);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'attachment.deleted',
      entityType: 'attachment',
      entityId: id,
      before: { name: row.name, kind: row.kind, size: row.size },
    });
  });
}
