import { uuidv7 } from 'uuidv7';
import { publicationVerdicts } from '../../../domain/abilities';
import { findAppealTarget, isWindowOpen } from '../../../domain/assessment/appeals';
import type { TAssessmentResult } from '../../../domain/assessment/index';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { notifyUsers, supervisorIds } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { latestResult } from '../assessment/assessment.repository';
import { attachAttachments } from '../attachments/attach-attachments';
import { findAppealRow, findPublication, insertAppeal, pendingAppealOn } from './appeals.repository';
import { canFileAppeals } from './appeals.policy';
import type { TAppeal, TFileAppealBody } from './appeals.schemas';
import { presentAppeal } from './present-appeal';

/**
 * 申诉: during the publication window a unit's person appeals a component, a deduction or a veto of the unit's
 * own latest finalized result, with reasons and evidence files (owner kind 'appeal'). An item the unit's result
 * does not show answers 404, as another unit's would; outside the window 422 APPEAL_WINDOW_CLOSED; a second
 * pending appeal on the same item 409. The office is told.
 */
export async function fileAppeal(ctx: AuthedContext, body: TFileAppealBody): Promise<TAppeal> {
  assertCan(canFileAppeals(ctx.actor));
  const unitId = ctx.actor.unitId;
  if (unitId === null) throw notFound();
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const publication = await findPublication(tx, body.year);
    if (!publication || !isWindowOpen(publication, shanghaiDate(now)))
      throw new AppError('APPEAL_WINDOW_CLOSED', {
        details: { windowEndsOn: publication?.windowEndsOn ?? null },
      });
    const verdicts = publicationVerdicts(ctx.actor, {
      isFinalized: true,
      isPublished: true,
      isWindowOpen: true,
      unitId,
    });
    assertCan(verdicts.appeal === 'yes');
    const latest = await latestResult(tx, body.year);
    const unit = (latest?.result as TAssessmentResult | undefined)?.groups
      .flatMap((g) => g.units)
      .find((u) => u.unitId === unitId);
    const target = unit ? findAppealTarget(unit, body.targetKind, body.targetKey) : null;
    if (!latest || !target) throw notFound();
    if (await pendingAppealOn(tx, body.year, unitId, body.targetKind, body.targetKey))
      throw new AppError('DUPLICATE', { message: '该事项已有待复核的申诉' });
    const id = uuidv7();
    await insertAppeal(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      year: body.year,
      unitId,
      resultVersion: latest.version,
      targetKind: body.targetKind,
      targetKey: body.targetKey,
      targetLabel: target.label.slice(0, 600),
      points: target.points,
      reasons: body.reasons,
      status: 'pending',
      filedBy: ctx.actor.userId,
      filedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await attachAttachments(tx, ctx, body.attachmentIds ?? [], { kind: 'appeal', id });
    await notifyUsers(tx, await supervisorIds(tx), {
      tenantId: ctx.actor.tenantId,
      kind: 'appeal_filed',
      title: `考核申诉待复核：${unit?.unitName ?? ''}（${target.label}）`.slice(0, 200),
      body: body.reasons.slice(0, 200),
      entityType: 'appeal',
      entityId: id,
      dedupeKey: `appeal-filed:${id}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'appeal.filed',
      entityType: 'appeal',
      entityId: id,
      after: { year: body.year, targetKind: body.targetKind, targetKey: body.targetKey, unitId },
    });
    const row = await findAppealRow(tx, id);
    return presentAppeal(ctx.actor, row as NonNullable<typeof row>);
  });
}
