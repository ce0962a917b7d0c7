import { uuidv7 } from 'uuidv7';
import { targetSplitVerdicts } from '../../../domain/abilities/target-share';
import { districtCurrentValue, splitProblem, splitProblemMessage } from '../../../domain/target-shares';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { presentShareList } from './present-target-shares';
import {
  deleteSharesExcept,
  insertShares,
  setTargetCurrentValue,
  shareableUnits,
  updateShare,
} from './target-shares.repository';
import { canSplitTargets } from './target-shares.policy';
import type { TSplitTargetBody, TTargetShareList } from './target-shares.schemas';
import { splitVersionOf, targetForShares } from './target-for-shares';

/**
 * The office sets a target's whole split at once (approved): the shares must add up to (or cover) the district
 * figure, each for a distinct unit of the district. A unit that keeps its share keeps its reported value; the
 * district's current value becomes the sum of the shares'. An empty list removes the split.
 */
export async function splitTarget(
  ctx: AuthedContext,
  targetId: string,
  body: TSplitTargetBody,
): Promise<TTargetShareList> {
  assertCan(canSplitTargets(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const loaded = await targetForShares(tx, ctx, targetId);
    const { target, task, shares } = loaded;
    assertAbility(targetSplitVerdicts(ctx.actor, task), 'split', {
      state: '任务已办结或撤销，不能再分解指标',
    });
    const version = splitVersionOf(shares);
    if (body.version !== version)
      throw new AppError('VERSION_CONFLICT', { details: { currentVersion: version } });
    if (body.shares.length > 0) {
      const problem = splitProblem(target, body.shares);
      if (problem) {
        const path =
          problem.kind === 'duplicate_unit'
            ? `shares.${problem.index}.unitId`
            : problem.kind === 'share_range'
              ? `shares.${problem.index}.targetValueMax`
              : 'shares';
        const message = splitProblemMessage(problem, target.unit);
        const figures =
          problem.kind === 'short' || problem.kind === 'over'
            ? {
                problem: problem.kind,
                difference: problem.difference,
                sum: problem.sum,
                required: problem.required,
              }
            : {};
        throw new AppError('VALIDATION_FAILED', {
          message,
          details: { fields: [{ path, message }], ...figures },
        });
      }
      const known = await shareableUnits(tx, [...new Set(body.shares.map((s) => s.unitId))]);
      const unknown = body.shares.findIndex((s) => !known.has(s.unitId));
      if (unknown >= 0)
        throw fieldError('VALIDATION_FAILED', `shares.${unknown}.unitId`, '单位不存在或不能承担指标');
    }
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
        status: 'approved' as const,
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
    const reloaded = await targetForShares(tx, ctx, targetId);
    if (reloaded.shares.length > 0)
      await setTargetCurrentValue(tx, target.id, districtCurrentValue(reloaded.shares));
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'target_share.split',
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
