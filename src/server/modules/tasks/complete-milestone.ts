import { assertCan } from '../../policy/assert';
import { lockRow } from '../../db/row-lock';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { taskMilestones } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { presentOneTask } from './present-tasks';
import { assertAbility } from '../../policy/abilities';
import { canReadTasks, canSeeTask, taskVerdicts } from './tasks.policy';
import { findMilestone, findTask, setMilestoneFields } from './tasks.repository';
import type { TTask } from './tasks.schemas';

/** The lead unit marks a milestone done. */
export async function completeMilestone(ctx: AuthedContext, milestoneId: string): Promise<TTask> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, taskMilestones, milestoneId);
    const milestone = await findMilestone(tx, milestoneId);
    const task = milestone ? await findTask(tx, milestone.taskId) : undefined;
    if (!milestone || !task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(taskVerdicts(ctx.actor, task), 'completeMilestone', {
      role: '只有牵头单位可以标记时间节点完成',
      state: '任务签收后才能标记时间节点',
    });
    if (milestone.completedAt) throw new AppError('INVALID_TRANSITION', { message: '该时间节点已完成' });
    await setMilestoneFields(tx, milestoneId, {
      completedAt: now,
      completedBy: ctx.actor.userId,
      version: milestone.version + 1,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'milestone.completed',
      entityType: 'milestone',
      entityId: milestoneId,
      after: { taskId: task.id, title: milestone.title },
    });
    return presentOneTask(tx, ctx, task);
  });
}
