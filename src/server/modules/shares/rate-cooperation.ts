import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { insertRating, ratingsOfTaskYear, updateRatingVersioned } from './cooperation-ratings.repository';
import { presentRatings } from './list-cooperation-ratings';
import { canWriteShares, cooperationRatingsVerdicts } from './shares.policy';
import type { TCooperationRatings, TPutRatingsBody } from './shares.schemas';
import { taskForShares } from './task-for-shares';

/**
 * 配合评价: the lead unit rates its co-units for a year (good / fair / poor, each with a reason). A rating given
 * before is changed only with its `version` (409 when stale or missing); a unit that is not a co-unit of the task
 * is 422 `ratings.N.coUnitId`; a year after this one is 422 `year`. All or nothing.
 */
export async function rateCooperation(
  ctx: AuthedContext,
  taskId: string,
  body: TPutRatingsBody,
): Promise<TCooperationRatings> {
  assertCan(canWriteShares(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const { task, today } = await taskForShares(tx, ctx, taskId);
    assertAbility(cooperationRatingsVerdicts(ctx.actor, task), 'rate', {
      role: '只有牵头单位可以评价配合单位',
      state: '该任务当前不能评价配合单位',
    });
    if (body.year > Number(today.slice(0, 4)))
      throw fieldError('VALIDATION_FAILED', 'year', '不能评价未来年度');
    const fields = body.ratings.flatMap((r, i) => {
      if (!task.coUnitIds.includes(r.coUnitId))
        return [{ path: `ratings.${i}.coUnitId`, message: '不是本任务的配合单位' }];
      if (body.ratings.findIndex((x) => x.coUnitId === r.coUnitId) !== i)
        return [{ path: `ratings.${i}.coUnitId`, message: '同一单位只能评价一次' }];
      return [];
    });
    if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
    const existing = new Map((await ratingsOfTaskYear(tx, taskId, body.year)).map((r) => [r.coUnitId, r]));
    for (const r of body.ratings) {
      const before = existing.get(r.coUnitId);
      const set = { rating: r.rating, reason: r.reason, ratedBy: ctx.actor.userId, ratedAt: now };
      if (!before) {
        await insertRating(tx, {
          id: uuidv7(),
          tenantId: ctx.actor.tenantId,
          taskId,
          year: body.year,
          leadUnitId: task.leadUnitId as string,
          coUnitId: r.coUnitId,
          ...set,
        });
      } else if (
        r.version !== before.version ||
        !(await updateRatingVersioned(tx, before.id, before.version, set))
      ) {
        throw new AppError('VERSION_CONFLICT', {
          details: { coUnitId: r.coUnitId, currentVersion: before.version },
        });
      }
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'cooperation.rated',
      entityType: 'task',
      entityId: taskId,
      after: {
        year: body.year,
        ratings: body.ratings.map((r) => ({ coUnitId: r.coUnitId, rating: r.rating })),
      },
    });
    return presentRatings(tx, ctx.actor, task, body.year);
  });
}
