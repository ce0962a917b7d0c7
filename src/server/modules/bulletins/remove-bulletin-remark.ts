import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { deleteRemark, findRemark, saveDraftRendering } from './bulletin-remarks.repository';
import { renderWithRemarks } from './bulletin-remarks-render';
import { canManageBulletins } from './bulletins.policy';
import { findBulletin } from './bulletins.repository';

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** The office takes a remark out of a draft bulletin (a published one keeps its remarks: 409). */
export async function removeBulletinRemark(
  ctx: AuthedContext,
  bulletinId: string,
  remarkId: string,
): Promise<void> {
  assertCan(canManageBulletins(ctx.actor));
  await tenantTx(ctx, async (tx) => {
    const bulletin = await findBulletin(tx, bulletinId);
    const remark = isUuid(remarkId) ? await findRemark(tx, remarkId) : undefined;
    if (!bulletin || !remark || remark.bulletinId !== bulletin.id) throw notFound();
    if (bulletin.status !== 'draft')
      throw new AppError('INVALID_TRANSITION', { message: '通报已印发，请生成新版本更正' });
    await deleteRemark(tx, remark.id);
    const rendered = await renderWithRemarks(tx, bulletin);
    await saveDraftRendering(tx, bulletin.id, rendered.data, rendered.document);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'bulletin.remark_removed',
      entityType: 'bulletin',
      entityId: bulletin.id,
      before: { remarkId: remark.id, kind: remark.kind, unitId: remark.unitId, text: remark.text },
    });
  });
}
