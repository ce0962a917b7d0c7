import type { CatchUpSettings } from '../../../domain/catch-up-plans';
import type { Light } from '../../../domain/vocabulary';
import type { Settings } from '../../../domain/settings';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { computeLights, lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask, loadMilestones, type TaskRow } from '../tasks/tasks.repository';

export function catchUpSettingsOf(settings: Settings): CatchUpSettings {
  return { workingDays: settings['catchUp.workingDays'], onYellow: settings['catchUp.onYellow'] };
}

/**
 * The task a plan belongs to, as the caller may see it (404 otherwise, drafts included), with its light today
 * and the tenant's settings: what every catch-up plan use case starts from.
 */
export async function taskForPlans(
  tx: Executor,
  ctx: AuthedContext,
  taskId: string,
  today: string,
): Promise<{ task: TaskRow; light: Light | null; settings: Settings }> {
  const task = await findTask(tx, taskId);
  if (!task || task.status === 'draft' || !canSeeTask(ctx.actor, task)) throw notFound();
  const settings = await loadSettings(tx, ctx.actor.tenantId);
  const details = await loadMilestones(tx, [task.id]);
  const lights = await computeLights(tx, [task], details, today, lightSettingsOf(settings));
  return { task, light: lights.get(task.id)?.light ?? null, settings };
}
