import { toAbilities } from '../../../domain/abilities';
import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import type { TaskRow } from '../tasks/tasks.repository';
import { ratingsOfTaskYear } from './cooperation-ratings.repository';
import { canReadShares, canSeeCooperationRating, cooperationRatingsVerdicts } from './shares.policy';
import { shareNames } from './shares.repository';
import type { TCooperationRatings, TRatingsQuery } from './shares.schemas';
import { taskForShares } from './task-for-shares';
import type { Actor } from '../../context';

/** 配合评价 of a task for a year (this year by default): one line per co-unit the caller may see. */
export async function listCooperationRatings(
  ctx: AuthedContext,
  taskId: string,
  query: TRatingsQuery,
): Promise<TCooperationRatings> {
  assertCan(canReadShares(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { task, today } = await taskForShares(tx, ctx, taskId);
    return presentRatings(tx, ctx.actor, task, query.year ?? Number(today.slice(0, 4)));
  });
}

/** The ratings of a year as the caller may see them, with names and the caller's ability to rate. */
export async function presentRatings(
  tx: Executor,
  actor: Actor,
  task: TaskRow,
  year: number,
): Promise<TCooperationRatings> {
  const coUnitIds = task.coUnitIds.filter((coUnitId) => canSeeCooperationRating(actor, task, { coUnitId }));
  const rows = new Map((await ratingsOfTaskYear(tx, task.id, year)).map((r) => [r.coUnitId, r]));
  const names = await shareNames(
    tx,
    coUnitIds,
    [...rows.values()].map((r) => r.ratedBy),
  );
  return {
    year,
    items: coUnitIds.map((coUnitId) => {
      const r = rows.get(coUnitId);
      return {
        coUnitId,
        coUnitName: names.units.get(coUnitId) ?? null,
        rating: r?.rating ?? null,
        // A good rating may come without a reason (stored empty).
        reason: r?.reason || null,
        ratedByName: r ? (names.users.get(r.ratedBy) ?? null) : null,
        ratedAt: r ? iso(r.ratedAt) : null,
        version: r?.version ?? null,
      };
    }),
    abilities: toAbilities(cooperationRatingsVerdicts(actor, task)),
  };
}
