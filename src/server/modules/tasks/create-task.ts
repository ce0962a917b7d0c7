import { presentOneTask } from './present-tasks';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { fieldError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { findDecision, nextTaskPosition } from '../decisions/decisions.repository';
import { taskAuditFields } from './present-task';
import { assertAssignment, writeMilestones, writeTargets } from './task-rules';
import { canManageTasks } from './tasks.policy';
import { findTask, insertTasks } from './tasks.repository';
import type { TCreateTaskBody, TTask } from './tasks.schemas';

/** Adds a task to a decision's list by hand; it starts as a draft and is published with the others. */
export async function createTask(ctx: AuthedContext, input: TCreateTaskBody): Promise<TTask> {
  assertCan(canManageTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const decision = await findDecision(tx, input.decisionId);
    if (!decision) throw fieldError('VALIDATION_FAILED', 'decisionId', '决策部署不存在');
    if (input.parentId && (await findTask(tx, input.parentId))?.decisionId !== decision.id) {
      throw fieldError('VALIDATION_FAILED', 'parentId', '上级任务不属于该决策部署');
    }
    await assertAssignment(tx, input);
    const id = uuidv7();
    await insertTasks(tx, [
      {
        id,
        tenantId: ctx.actor.tenantId,
        decisionId: decision.id,
        parentId: input.parentId ?? null,
        title: input.title,
        content: input.content ?? null,
        category: input.category ?? null,
        source: input.source ?? decision.source,
        sectionPath: input.sectionPath ?? [],
        leadUnitId: input.leadUnitId,
        coUnitIds: [...new Set(input.coUnitIds ?? [])],
        leadLeaderId: input.leadLeaderId ?? null,
        responsiblePerson: input.responsiblePerson ?? null,
        startDate: input.startDate,
        dueDate: input.dueDate,
        isKey: input.isKey ?? false,
        position: await nextTaskPosition(tx, decision.id),
        edited: true,
        createdAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      },
    ]);
    await writeTargets(tx, ctx.actor.tenantId, id, input.targets ?? []);
    await writeMilestones(tx, ctx.actor.tenantId, id, input.milestones ?? []);
    const row = await findTask(tx, id);
    if (!row) throw new Error('task vanished');
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.created',
      entityType: 'task',
      entityId: id,
      after: taskAuditFields(row),
    });
    return presentOneTask(tx, ctx, row);
  });
}
