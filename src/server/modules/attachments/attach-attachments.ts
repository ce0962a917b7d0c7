import type { AttachmentOwnerKind } from '../../../domain/vocabulary';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { findAttachments, setOwner } from './attachments.repository';

/**
 * Makes uploads the evidence of an object (a report, a share, a completion request …), inside the caller's
 * transaction. Each id must be an upload of the caller or of the caller's unit that cites nothing yet; otherwise
 * 422 names the offending `path[i]` and nothing is attached. Used by the use cases that accept `attachmentIds`.
 */
export async function attachAttachments(
  tx: Executor,
  ctx: AuthedContext,
  ids: readonly string[],
  owner: { kind: AttachmentOwnerKind; id: string },
  path = 'attachmentIds',
): Promise<void> {
  if (ids.length === 0) return;
  const rows = new Map((await findAttachments(tx, [...new Set(ids)])).map((r) => [r.id, r]));
  const mine = (r: { createdBy: string; unitId: string | null }) =>
    r.createdBy === ctx.actor.userId || (ctx.actor.unitId !== null && r.unitId === ctx.actor.unitId);
  const fields = ids.flatMap((id, i) => {
    const row = rows.get(id);
    if (!row || !mine(row)) return [{ path: `${path}.${i}`, message: '附件不存在或不是本单位上传的' }];
    if (row.ownerId !== null) return [{ path: `${path}.${i}`, message: '该附件已作为其他事项的佐证材料' }];
    return [];
  });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
  const changed = await setOwner(tx, [...rows.keys()], owner.kind, owner.id);
  if (changed !== rows.size) {
    throw new AppError('VERSION_CONFLICT', { message: '附件刚被其他事项引用，请刷新后重试' });
  }
  await recordAudit(tx, {
    ...auditBase(ctx),
    action: 'attachment.attached',
    entityType: 'attachment',
    entityId: [...rows.keys()][0] ?? owner.id,
    after: { attachmentIds: [...rows.keys()], ownerKind: owner.kind, ownerId: owner.id },
  });
}
