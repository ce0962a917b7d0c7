import { uuidv7 } from 'uuidv7';
import { targetSplitVerdicts } from '../../../domain/abilities/target-share';
import { districtCurrentValue } from '../../../domain/target-shares';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { checkSplit } from './check-split';
import { notifyOfficeOfProposal, notifyShareUnits } from './notify-split';
import { presentShareList } from './present-target-shares';
import {
  deleteSharesExcept,
  insertShares,
  setTargetCurrentValue,
  setTargetSplitVersion,
  updateShare,
} from './target-shares.repository';
import { canProposeSplits, canSplitTargets } from './target-shares.policy';
import type { TSplitTargetBody, TTargetShareList } from './target-shares.schemas';
import { splitVersionOf, targetForShares } from './target-for-shares';

/**
 * The office sets a target's whole split at once (approved); the task's lead unit may propose one (proposed)
 * while nothing is approved, for the office to approve. The shares must add up to (or cover) the district
 * figure, each for a distinct unit of the district. A unit that keeps its share keeps its reported value; the
 * district's current value becomes the sum of the approved shares'. An empty list removes the split.
 */
export async function splitTarget(
  ctx: AuthedContext,
  targetId: string,
  body: TSplitTargetBody,
): Promise<TTargetShareList> {
  const office = canSplitTargets(ctx.actor);
  assertCan(office || canProposeSplits(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const { target, task, shares } = await targetForShares(tx, ctx, targetId, { lock: true });
    assertAbility(targetSplitVerdicts(ctx.actor, task, shares), office ? 'split' : 'propose', {
      role: '只有督查室或牵头单位可以分解指标',
      state: office ? '任务已办结或撤销，不能再分解指标' : '分解已经审定，或任务未在推进中',
    });
    const version = splitVersionOf(target, shares);
    if (body.version !== version)
      throw new AppError('VERSION_CONFLICT', { details: { currentVersion: version } });
    await checkSplit(tx, target, body.shares);
    const next = version + 1;
    const byUnit = new Map(shares.map((s) => [s.unitId, s]));
    await deleteSharesExcept(
      tx,
      target.id,
      body.shares.map((s) => s.unitId),
    );
    const fresh = [];
    for (const [position, s] of body.shares.entries()) {
      const fields = {
        position,
        targetValue: s.targetValue,
        targetValueMax: s.targetValueMax ?? null,
        status: office ? ('approved' as const) : ('proposed' as const),
        version: next,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      };
      const kept = byUnit.get(s.unitId);
      if (kept) await updateShare(tx, kept.id, fields);
      else
        fresh.push({
          id: uuidv7(),
          tenantId: ctx.actor.tenantId,
          targetId: target.id,
          unitId: s.unitId,
          createdAt: now,
          createdBy: ctx.actor.userId,
          ...fields,
        });
    }
    await insertShares(tx, fresh);
    await setTargetSplitVersion(tx, target.id, next);
    const reloaded = await targetForShares(tx, ctx, targetId);
    // A proposal does not change the district's figure; an approved split makes it the sum.
    if (reloaded.shares.some((s) => s.status === 'approved'))
      await setTargetCurrentValue(tx, target.id, districtCurrentValue(reloaded.shares));
    // A draft does not exist for units yet (DESIGN): they hear of their figures once the task is published.
    if (office && task.status !== 'draft')
      await notifyShareUnits(tx, ctx, task, target, reloaded.shares, next);
    else await notifyOfficeOfProposal(tx, ctx, task, target, next);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: office ? 'target_share.split' : 'target_share.proposed',
      entityType: 'target_share',
      entityId: target.id,
      before: { shares: shares.map((s) => ({ unitId: s.unitId, targetValue: s.targetValue })) },
      after: {
        taskId: task.id,
        indicator: target.indicator,
        shares: body.shares.map((s) => ({ unitId: s.unitId, targetValue: s.targetValue })),
      },
    });
    const settings = lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
    return presentShareList(tx, ctx.actor, reloaded, shanghaiDate(now), settings);
  });
}
