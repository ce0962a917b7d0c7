import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import {
  findRemark,
  insertRemarks,
  publishedTaskLead,
  remarksOf,
  saveDraftRendering,
  unitById,
} from './bulletin-remarks.repository';
import { renderWithRemarks } from './bulletin-remarks-render';
import type { TAddRemarkBody, TBulletinRemark } from './bulletin-remarks.schemas';
import { canManageBulletins } from './bulletins.policy';
import { findBulletin } from './bulletins.repository';
import { presentRemark } from './present-bulletin-remarks';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { details: { fields: [{ path, message }] } });

/**
 * The office names a unit or a task (its lead unit) for praise (表扬) or criticism (批评) in a draft
 * bulletin; the draft's Word document is rendered again with it. A published bulletin is corrected by a new
 * version, never edited (409).
 */
export async function addBulletinRemark(
  ctx: AuthedContext,
  bulletinId: string,
  body: TAddRemarkBody,
): Promise<TBulletinRemark> {
  assertCan(canManageBulletins(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const bulletin = await findBulletin(tx, bulletinId);
    if (!bulletin) throw notFound();
    if (bulletin.status !== 'draft')
      throw new AppError('INVALID_TRANSITION', { message: '通报已印发，请生成新版本更正' });
    let unitId = body.unitId;
    if (body.taskId) {
      const task = await publishedTaskLead(tx, body.taskId);
      if (!task?.leadUnitId) throw invalid('taskId', '任务不存在或尚未下发');
      unitId = task.leadUnitId;
    } else if (!unitId || !(await unitById(tx, unitId))) throw invalid('unitId', '单位不存在');
    const id = uuidv7();
    await insertRemarks(tx, [
      {
        id,
        tenantId: ctx.actor.tenantId,
        bulletinId: bulletin.id,
        kind: body.kind,
        unitId: unitId as string,
        taskId: body.taskId ?? null,
        text: body.text,
        createdBy: ctx.actor.userId,
        createdAt: now,
      },
    ]);
    const rendered = await renderWithRemarks(tx, bulletin);
    await saveDraftRendering(tx, bulletin.id, rendered.data, rendered.document);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'bulletin.remark_added',
      entityType: 'bulletin',
      entityId: bulletin.id,
      after: { remarkId: id, kind: body.kind, unitId, taskId: body.taskId ?? null, text: body.text },
    });
    const row = (await remarksOf(tx, [bulletin.id])).find((r) => r.remark.id === id);
    if (!row || !(await findRemark(tx, id))) throw notFound();
    return presentRemark(ctx.actor, row, bulletin.status);
  });
}
