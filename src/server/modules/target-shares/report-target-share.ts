import { targetShareVerdicts } from '../../../domain/abilities/target-share';
import { isFigureAllowed } from '../../../domain/indicator-values';
import { districtCurrentValue } from '../../../domain/target-shares';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { fieldError, notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { presentShare } from './present-target-shares';
import {
  findShare,
  setTargetCurrentValue,
  sharesOfTarget,
  unitNames,
  updateShareVersioned,
} from './target-shares.repository';
import { canReportTargetShares } from './target-shares.policy';
import type { TReportTargetShareBody, TTargetShare } from './target-shares.schemas';
import { targetForShares } from './target-for-shares';

/**
 * A unit reports its share's current value (the share's own unit, or the task's lead unit for it); the
 * district's current value on the task becomes the new sum of the approved shares.
 */
export async function reportTargetShare(
  ctx: AuthedContext,
  shareId: string,
  body: TReportTargetShareBody,
): Promise<TTargetShare> {
  assertCan(canReportTargetShares(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const found = await findShare(tx, shareId);
    if (!found) throw notFound();
    // Another street's share does not exist for this unit: 404, not 403. The target's row is locked first, so
    // that two figures on its shares add up one after the other and neither drops out of the district sum.
    const { target, task, visible } = await targetForShares(tx, ctx, found.targetId, { lock: true });
    const share = visible.find((s) => s.id === found.id);
    if (!share) throw notFound();
    assertAbility(targetShareVerdicts(ctx.actor, task, share), 'report', {
      role: '只有承担该指标的单位或牵头单位可以填报',
      state: '任务未在推进中，或分解尚待审定，不能填报',
    });
    if (!isFigureAllowed(target, body.currentValue))
      throw fieldError('VALIDATION_FAILED', 'currentValue', '该指标的完成值不能为负数');
    if (body.version !== share.version) throw await versionConflict(tx, share);
    const row = await updateShareVersioned(tx, share.id, share.version, {
      currentValue: body.currentValue,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, share);
    await setTargetCurrentValue(tx, target.id, districtCurrentValue(await sharesOfTarget(tx, target.id)));
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'target_share.reported',
      entityType: 'target_share',
      entityId: row.id,
      before: { currentValue: share.currentValue, version: share.version },
      after: { targetId: target.id, unitId: row.unitId, currentValue: row.currentValue },
    });
    const settings = lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
    const names = await unitNames(tx, [row.unitId]);
    return presentShare(ctx.actor, target, task, row, names, shanghaiDate(now), settings);
  });
}
