import { rollUpProgress, subtasksVerdicts } from '../../../domain/subtasks';
import { toAbilities } from '../../../domain/abilities';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { presentSubtasks } from './present-subtask';
import { canReadSubtasks } from './subtasks.policy';
import { accountsOf, sectionsOf, subtasksOfTask } from './subtasks.repository';
import type { TSubtaskTree } from './subtasks.schemas';
import { taskForSubtasks } from './task-for-subtasks';

/** 任务分解: the sub-tasks of a task the caller may see, the roll-up suggestion, and what the split form offers. */
export async function listSubtasks(ctx: AuthedContext, taskId: string): Promise<TSubtaskTree> {
  assertCan(canReadSubtasks(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const { task, scope } = await taskForSubtasks(tx, ctx, taskId);
    const rows = await subtasksOfTask(tx, taskId, scope);
    const abilities = toAbilities(subtasksVerdicts(ctx.actor, task));
    const unitId = ctx.actor.unitId;
    const sections = abilities.create && unitId ? await sectionsOf(tx, unitId) : [];
    const people =
      abilities.create && unitId ? await accountsOf(tx, [unitId, ...sections.map((s) => s.id)]) : [];
    return {
      taskId,
      taskStartDate: task.startDate,
      taskDueDate: task.dueDate,
      items: await presentSubtasks(
        tx,
        ctx.actor,
        rows.map((sub) => ({ sub, taskStatus: task.status })),
        today,
      ),
      suggestedProgress: rollUpProgress(rows),
      abilities,
      options: {
        sections,
        people: people.map((p) => ({ id: p.id, name: p.name, unitId: p.unitId as string })),
      },
    };
  });
}
