import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { seesTaskThroughSubtask } from '../subtasks/task-for-subtasks';
import { presentOneTask, presentTasks } from './present-tasks';
import { canReadTasks, canSeeAllTasks, canSeeTask } from './tasks.policy';
import { shanghaiDate } from '../../clock';
import { lightSettingsOf, tenantLights } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import {
  findTask,
  findTasks,
  listTaskIds,
  listTasks as queryTasks,
  taskFilters,
  unitScope,
} from './tasks.repository';
import type { TListTasksQuery, TTask } from './tasks.schemas';

/** The ledger as the caller may see it: the whole district for the office and leaders, else the unit's own. */
export function scopeFor(ctx: AuthedContext) {
  assertCan(canReadTasks(ctx.actor));
  if (canSeeAllTasks(ctx.actor)) return null;
  // A unit role always has a unit (enforced when accounts are made); without one, nothing matches.
  return unitScope(ctx.actor.unitId ?? '00000000-0000-0000-0000-000000000000');
}

export async function listTasks(
  ctx: AuthedContext,
  query: TListTasksQuery,
): Promise<{ items: TTask[]; total: number }> {
  const scope = scopeFor(ctx);
  return tenantTx(ctx, async (tx) => {
    const where = taskFilters(query, scope);
    if (!query.light) {
      const { rows, total } = await queryTasks(tx, where, query.page, query.pageSize, query.sort);
      return { items: await presentTasks(tx, ctx, rows), total };
    }
    // A light is computed, not stored: compute it (milestones and one period's reports suffice) for every
    // matching task, filter, then present only the page.
    // The tenant's lights come from the per-day cache; only the matching ids are listed, and only the
    // page's rows are loaded in full.
    const rows = await listTaskIds(tx, where, query.sort);
    const settings = lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
    const lights = await tenantLights(tx, ctx.actor.tenantId, shanghaiDate(ctx.clock.now()), settings);
    const matching = rows.filter(
      (r) => r.status !== 'draft' && (lights.get(r.id)?.light ?? null) === query.light,
    );
    const start = (query.page - 1) * query.pageSize;
    const pageIds = matching.slice(start, start + query.pageSize).map((r) => r.id);
    const byId = new Map((await findTasks(tx, pageIds)).map((r) => [r.id, r]));
    const page = pageIds.flatMap((id) => byId.get(id) ?? []);
    return { items: await presentTasks(tx, ctx, page), total: matching.length };
  });
}

export async function getTask(ctx: AuthedContext, id: string): Promise<TTask> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await findTask(tx, id);
    // A section (科室) or person given a sub-task reads its parent task too (issue 15).
    if (!row || !(canSeeTask(ctx.actor, row) || (await seesTaskThroughSubtask(tx, ctx, row))))
      throw notFound();
    return presentOneTask(tx, ctx, row);
  });
}
