import { canSeeAllShares } from '../../../domain/abilities/target-share';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { lockRow } from '../../db/row-lock';
import { taskTargets } from '../../db/schema';
import { notFound } from '../../errors';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask, type TaskRow } from '../tasks/tasks.repository';
import { findTarget, sharesOfTarget, type TargetRow, type TargetShareRow } from './target-shares.repository';

export interface TargetForShares {
  target: TargetRow;
  task: TaskRow;
  /** Every share of the target (the caller may see fewer: `visible`). */
  shares: TargetShareRow[];
  visible: TargetShareRow[];
  complete: boolean;
}

/**
 * A target with its task and shares as the caller may see them: the office, leaders and the lead unit see every
 * share; another unit sees its own share (a unit holding a share sees it even when it is not a co-unit of the
 * task); anyone else, or a draft for a unit, gets 404 — the target's existence does not leak.
 */
export async function targetForShares(
  tx: Executor,
  ctx: AuthedContext,
  targetId: string,
  options: { lock?: boolean } = {},
): Promise<TargetForShares> {
  if (options.lock) {
    // Split, approval and figures of one target take its row first: they serialise, and each reads the
    // shares the one before it left (the district sum is never computed from a stale set).
    await lockRow(tx, taskTargets, targetId);
  }
  const target = await findTarget(tx, targetId);
  const task = target ? await findTask(tx, target.taskId) : undefined;
  if (!target || !task) throw notFound();
  const shares = await sharesOfTarget(tx, target.id);
  const complete = canSeeAllShares(ctx.actor, task);
  const own = shares.filter((s) => s.unitId === ctx.actor.unitId);
  const holdsShare = own.length > 0 && task.status !== 'draft';
  if (!complete && !canSeeTask(ctx.actor, task) && !holdsShare) throw notFound();
  if (complete && task.status === 'draft' && !canSeeTask(ctx.actor, task)) throw notFound();
  return { target, task, shares, visible: complete ? shares : own, complete };
}

/**
 * The split's version: the target's own split version (raised by every split, approval and removal) or, when a
 * share's figure moved it further, the highest version among the shares; 0 while the target was never split.
 */
export function splitVersionOf(
  target: { splitVersion: number },
  shares: ReadonlyArray<{ version: number }>,
): number {
  return shares.reduce((max, s) => Math.max(max, s.version), target.splitVersion);
}
