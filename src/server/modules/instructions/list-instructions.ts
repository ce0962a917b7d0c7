import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canReadTasks, canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { instructionsOfTask } from './instructions.repository';
import type { TInstruction } from './instructions.schemas';
import { present } from './present-instructions';
import { shanghaiDate } from '../../clock';
import { loadDeadlineRule } from '../case-deadlines/load-deadline-rule';

export async function listInstructions(ctx: AuthedContext, taskId: string): Promise<TInstruction[]> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    const rule = await loadDeadlineRule(tx, ctx.actor.tenantId, shanghaiDate(ctx.clock.now()));
    return present(tx, await instructionsOfTask(tx, taskId), rule, task.status);
  });
}
