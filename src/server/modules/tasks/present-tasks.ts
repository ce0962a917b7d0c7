import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { computeLights, lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { presentTask } from './present-task';
import { taskAbilities } from './tasks.policy';
import { loadTaskDetails, type TaskRow } from './tasks.repository';
import type { TTask } from './tasks.schemas';

/** Tasks as the API shows them: with targets, milestones, names and today's light. */
export async function presentTasks(tx: Executor, ctx: AuthedContext, rows: TaskRow[]): Promise<TTask[]> {
  const details = await loadTaskDetails(tx, rows);
  const settings = lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
  const lights = await computeLights(tx, rows, details, shanghaiDate(ctx.clock.now()), settings);
  return rows.map((r) => presentTask(r, details, lights.get(r.id), taskAbilities(ctx.actor, r)));
}

export async function presentOneTask(tx: Executor, ctx: AuthedContext, row: TaskRow): Promise<TTask> {
  const [task] = await presentTasks(tx, ctx, [row]);
  if (!task) throw new Error('presentTasks lost a row');
  return task;
}
