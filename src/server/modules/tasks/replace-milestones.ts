import { assertCan } from '../../policy/assert';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { presentOneTask } from './present-tasks';
import { assertAbility } from '../../policy/abilities';
import { canReadTasks, canSeeTask, taskVerdicts } from './tasks.policy';
import { deleteMilestones, findTask, insertMilestones, milestonesOfTask } from './tasks.repository';
import type { TMilestoneInput, TTask } from './tasks.schemas';

/**
 * 时间表、路线图: the lead unit (or the office) sets the task's milestones. A milestone kept by title keeps
 * its completion, so re-planning never loses what was already done.
 */
export async function replaceMilestones(
  ctx: AuthedContext,
  taskId: string,
  input: TMilestoneInput[],
): Promise<TTask> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(taskVerdicts(ctx.actor, task), 'planMilestones');
    const old = await milestonesOfTask(tx, taskId);
    const done = new Map(old.filter((m) => m.completedAt).map((m) => [m.title, m]));
    await deleteMilestones(tx, taskId);
    await insertMilestones(
      tx,
      input.map((m, position) => ({
        id: uuidv7(),
        tenantId: ctx.actor.tenantId,
        taskId,
        position,
        title: m.title,
        dueDate: m.dueDate,
        weight: m.weight ?? null,
        completedAt: done.get(m.title)?.completedAt ?? null,
        completedBy: done.get(m.title)?.completedBy ?? null,
      })),
    );
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.milestones_replaced',
      entityType: 'task',
      entityId: taskId,
      before: { milestones: old.map((m) => `${m.dueDate} ${m.title}`) },
      after: { milestones: input.map((m) => `${m.dueDate} ${m.title}`) },
    });
    return presentOneTask(tx, ctx, task);
  });
}
