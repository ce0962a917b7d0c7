import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { notifyUsers, supervisorIds } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { attachAttachments } from '../attachments/attach-attachments';
import { loadSettings } from '../settings/settings.repository';
import { presentToleranceRequest } from './present-tolerance-request';
import { tolerableKinds } from './tolerable-kinds';
import { resolveToleranceTarget } from './tolerance-target';
import { canFileToleranceRequests } from './tolerance-requests.policy';
import { findRequestRow, insertRequest, liveRequestOn } from './tolerance-requests.repository';
import type { TFileToleranceBody, TToleranceRequest } from './tolerance-requests.schemas';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { details: { fields: [{ path, message }] } });

/**
 * 容错纠错: a unit's person asks that a fact costing the unit points be tolerated, with the circumstances and
 * the evidence (a written statement and/or files the unit uploaded, attached as owner kind 'tolerance': whoever
 * may see the request sees them). Only a fact of the unit's own, of a kind the district allows, and not already
 * under an open or granted request; the office is told.
 */
export async function fileToleranceRequest(
  ctx: AuthedContext,
  body: TFileToleranceBody,
): Promise<TToleranceRequest> {
  assertCan(canFileToleranceRequests(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    if (!tolerableKinds(await loadSettings(tx, ctx.actor.tenantId)).includes(body.targetKind))
      throw invalid('targetKind', '本区未将此类事项纳入容错纠错范围');
    const target = await resolveToleranceTarget(tx, body.targetKind, body.targetId);
    if (!target || target.unitId !== ctx.actor.unitId) throw invalid('targetId', '未找到本单位的该扣分事项');
    if (await liveRequestOn(tx, body.targetKind, body.targetId))
      throw new AppError('DUPLICATE', { message: '该事项已有容错纠错申请' });
    const id = uuidv7();
    await insertRequest(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      unitId: target.unitId,
      targetKind: body.targetKind,
      targetId: body.targetId,
      targetLabel: target.label.slice(0, 600),
      circumstances: body.circumstances,
      evidence: body.evidence ?? '',
      status: 'filed',
      filedBy: ctx.actor.userId,
      filedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await attachAttachments(tx, ctx, body.attachmentIds ?? [], { kind: 'tolerance', id });
    await notifyUsers(tx, await supervisorIds(tx), {
      tenantId: ctx.actor.tenantId,
      kind: 'tolerance_filed',
      title: `容错纠错申请待审核：${target.label}`.slice(0, 200),
      body: body.circumstances.slice(0, 200),
      entityType: 'tolerance_request',
      entityId: id,
      dedupeKey: `tolerance-filed:${id}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'tolerance_request.filed',
      entityType: 'tolerance_request',
      entityId: id,
      after: { targetKind: body.targetKind, targetId: body.targetId, unitId: target.unitId },
    });
    const row = await findRequestRow(tx, id);
    return presentToleranceRequest(ctx.actor, row as NonNullable<typeof row>);
  });
}
