import { periodOf, type ReportPeriodKind } from '../../../domain/schedule';
import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { loadSettings } from '../settings/settings.repository';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask, type TaskRow } from '../tasks/tasks.repository';

/**
 * The task shares belong to, as the caller may see it (404 otherwise, drafts included), with the district's
 * period kind and today's period: what every share use case starts from.
 */
export async function taskForShares(
  tx: Executor,
  ctx: AuthedContext,
  taskId: string,
): Promise<{ task: TaskRow; periodKind: ReportPeriodKind; today: string; currentPeriod: string }> {
  const task = await findTask(tx, taskId);
  if (!task || task.status === 'draft' || !canSeeTask(ctx.actor, task)) throw notFound();
  const periodKind: ReportPeriodKind =
    (await loadSettings(tx, ctx.actor.tenantId))['reports.period'] === 'quarter' ? 'quarter' : 'month';
  const today = shanghaiDate(ctx.clock.now());
  return { task, periodKind, today, currentPeriod: periodOf(today, periodKind) };
}
