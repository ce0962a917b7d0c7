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
import { notifyShareUnits } from './notify-split';
import { presentShareList } from './present-target-shares';
import { setTargetCurrentValue, setTargetSplitVersion, updateShare } from './target-shares.repository';
import { canApproveSplits } from './target-shares.policy';
import type { TApproveSplitBody, TTargetShareList } from './target-shares.schemas';
import { splitVersionOf, targetForShares } from './target-for-shares';

/**
 * The office approves the split the lead unit proposed, as it stands (to change it, the office PUTs its own):
 * every share becomes approved, the district value becomes their sum, and each unit is told its figure.
 */
export async function approveTargetSplit(
  ctx: AuthedContext,
  targetId: string,
  body: TApproveSplitBody,
): Promise<TTargetShareList> {
  assertCan(canApproveSplits(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const { target, task, shares } = await targetForShares(tx, ctx, targetId, { lock: true });
    assertAbility(targetSplitVerdicts(ctx.actor, task, shares), 'approve', {
      state: '没有待审定的分解方案',
    });
    const version = splitVersionOf(target, shares);
    if (body.version !== version)
      throw new AppError('VERSION_CONFLICT', { details: { currentVersion: version } });
    for (const s of shares)
      await updateShare(tx, s.id, {
        status: 'approved',
        version: version + 1,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
    await setTargetSplitVersion(tx, target.id, version + 1);
    const reloaded = await targetForShares(tx, ctx, targetId);
    await setTargetCurrentValue(tx, target.id, districtCurrentValue(reloaded.shares));
    await notifyShareUnits(tx, ctx, task, target, reloaded.shares, version + 1);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'target_share.approved',
      entityType: 'target_share',
      entityId: target.id,
      before: { status: 'proposed', version },
      after: {
        taskId: task.id,
        shares: shares.map((s) => ({ unitId: s.unitId, targetValue: s.targetValue })),
      },
    });
    const settings = lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
    return presentShareList(tx, ctx.actor, reloaded, shanghaiDate(now), settings);
  });
}
