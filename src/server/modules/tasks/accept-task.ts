import { assertCan } from '../../policy/assert';
import { lockRow } from '../../db/row-lock';
import { tasks } from '../../db/schema';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { presentOneTask } from './present-tasks';
import { assertAbility } from '../../policy/abilities';
import { canReadTasks, canSeeTask, taskVerdicts } from './tasks.policy';
import { findTask, updateTaskVersioned } from './tasks.repository';
import type { TTask } from './tasks.schemas';

/** 签收: a user of the lead unit accepts the task; it is in progress from now on. */
export async function acceptTask(ctx: AuthedContext, id: string): Promise<TTask> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, tasks, id);
    const task = await findTask(tx, id);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(taskVerdicts(ctx.actor, task), 'accept', {
      role: '只有牵头单位可以签收任务',
      transition: { machine: 'task', from: task.status, action: 'accept' },
    });
    const status = assertTransition('task', task.status, 'accept');
    const after = await updateTaskVersioned(tx, id, task.version, {
      status,
      acceptedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.accepted',
      entityType: 'task',
      entityId: id,
      before: { status: task.status },
      after: { status },
    });
    return presentOneTask(tx, ctx, after);
  });
}
