import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { presentSubtasks } from './present-subtask';
import { canWriteSubtasks } from './subtasks.policy';
import { subtasksGivenTo } from './subtasks.repository';
import type { TMySubtaskList } from './subtasks.schemas';

/** 我的子任务: what is given to the caller's section (its unit) or to the caller, soonest due first. */
export async function listMySubtasks(ctx: AuthedContext): Promise<TMySubtaskList> {
  assertCan(canWriteSubtasks(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const rows = (await subtasksGivenTo(tx, ctx.actor.unitId, ctx.actor.userId)).filter(
      (r) => r.task.status !== 'draft',
    );
    const items = await presentSubtasks(
      tx,
      ctx.actor,
      rows.map((r) => ({ sub: r.sub, taskStatus: r.task.status })),
      today,
    );
    return {
      items: items.map((item, i) => ({
        ...item,
        taskTitle: rows[i]?.task.title ?? '',
        taskCode: rows[i]?.task.code ?? null,
      })),
    };
  });
}
