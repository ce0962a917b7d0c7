import { toleranceRequestVerdicts } from '../../../domain/abilities';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { presentToleranceRequest } from './present-tolerance-request';
import { canPrepareToleranceRequests } from './tolerance-requests.policy';
import { findRequestRow, updateRequestVersioned } from './tolerance-requests.repository';
import type { TPrepareToleranceBody, TToleranceRequest } from './tolerance-requests.schemas';

/** The office checks the request and writes its opinion (审核), which sends it to the ruling. */
export async function prepareToleranceRequest(
  ctx: AuthedContext,
  id: string,
  body: TPrepareToleranceBody,
): Promise<TToleranceRequest> {
  assertCan(canPrepareToleranceRequests(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const found = await findRequestRow(tx, id);
    if (!found) throw notFound();
    const request = found.request;
    assertAbility(toleranceRequestVerdicts(ctx.actor, request), 'prepare', { state: '该申请已认定' });
    if (body.version !== request.version) throw await versionConflict(tx, request);
    const row = await updateRequestVersioned(tx, id, request.version, {
      status: 'prepared',
      officeOpinion: body.opinion,
      preparedBy: ctx.actor.userId,
      preparedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, request);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'tolerance_request.prepared',
      entityType: 'tolerance_request',
      entityId: id,
      before: { status: request.status, officeOpinion: request.officeOpinion },
      after: { status: row.status, officeOpinion: row.officeOpinion },
    });
    return presentToleranceRequest(ctx.actor, { ...found, request: row });
  });
}
