import { toleranceRequestVerdicts } from '../../../domain/abilities';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { presentToleranceRequest } from './present-tolerance-request';
import { canRuleToleranceRequests } from './tolerance-requests.policy';
import {
  findRequestRow,
  markAccountabilityTolerated,
  updateRequestVersioned,
} from './tolerance-requests.repository';
import type { TToleranceRequest, TToleranceRulingBody } from './tolerance-requests.schemas';

const words = { granted: '予以容错', partly_granted: '部分容错', refused: '不予容错' } as const;

/**
 * 认定: a district leader rules on a prepared request for the committee. A grant waives the fact in the
 * assessment (in whole, or by the points of a partial grant) and marks an accountability action tolerated;
 * the fact itself is never deleted. The unit is told the ruling and its reasons.
 */
export async function ruleToleranceRequest(
  ctx: AuthedContext,
  id: string,
  body: TToleranceRulingBody,
): Promise<TToleranceRequest> {
  assertCan(canRuleToleranceRequests(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const found = await findRequestRow(tx, id);
    if (!found) throw notFound();
    const request = found.request;
    assertAbility(toleranceRequestVerdicts(ctx.actor, request), 'rule', {
      state: request.status === 'filed' ? '督查室尚未审核该申请' : '该申请已认定',
    });
    if (body.version !== request.version) throw await versionConflict(tx, request);
    const row = await updateRequestVersioned(tx, id, request.version, {
      status: body.decision,
      rulingReasons: body.reasons,
      waivedPoints: body.decision === 'partly_granted' ? (body.waivedPoints ?? null) : null,
      ruledBy: ctx.actor.userId,
      ruledAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, request);
    if (body.decision !== 'refused' && request.targetKind === 'accountability')
      await markAccountabilityTolerated(tx, request.targetId, id);
    await notifyUsers(tx, await unitUserIds(tx, request.unitId), {
      tenantId: ctx.actor.tenantId,
      kind: 'tolerance_ruled',
      title: `容错纠错认定：${words[body.decision]}（${request.targetLabel}）`.slice(0, 200),
      body: body.reasons.slice(0, 500),
      entityType: 'tolerance_request',
      entityId: id,
      dedupeKey: `tolerance-ruled:${id}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'tolerance_request.ruled',
      entityType: 'tolerance_request',
      entityId: id,
      before: { status: request.status },
      after: { status: row.status, waivedPoints: row.waivedPoints, reasons: row.rulingReasons },
    });
    return presentToleranceRequest(ctx.actor, { ...found, request: row });
  });
}
