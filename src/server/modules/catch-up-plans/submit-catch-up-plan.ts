import { uuidv7 } from 'uuidv7';
import { catchUpPlansVerdicts } from '../../../domain/abilities';
import { owedPlanStatuses, planMilestonesProblem } from '../../../domain/catch-up-plans';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { notifyUsers, supervisorIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { canSendCatchUpPlans } from './catch-up-plans.policy';
import { insertPlan, plansOfTask, updatePlanVersioned } from './catch-up-plans.repository';
import type { TCatchUpPlan, TSubmitPlanBody } from './catch-up-plans.schemas';
import { presentPlans } from './present-catch-up-plan';
import { catchUpSettingsOf, taskForPlans } from './task-for-plans';

/**
 * The lead unit sends its catch-up plan: it fills the plan owed (required or returned; with that plan's
 * `version`), or, when the light needs a plan and none is owed yet, a new one. The office is told.
 */
export async function submitCatchUpPlan(
  ctx: AuthedContext,
  taskId: string,
  body: TSubmitPlanBody,
): Promise<TCatchUpPlan> {
  assertCan(canSendCatchUpPlans(ctx.actor));
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  const problem = planMilestonesProblem(body.milestones, today);
  if (problem)
    throw fieldError(
      'VALIDATION_FAILED',
      `milestones.${problem.index}.dueDate`,
      problem.problem === 'past' ? '节点日期不能早于今天' : '节点日期应按先后排列',
    );
  return tenantTx(ctx, async (tx) => {
    const { task, light, settings } = await taskForPlans(tx, ctx, taskId, today);
    const plans = await plansOfTask(tx, taskId);
    assertAbility(
      catchUpPlansVerdicts(
        ctx.actor,
        { leadUnitId: task.leadUnitId, light },
        plans,
        catchUpSettingsOf(settings),
      ),
      'submit',
      { state: '当前无须报送赶超措施，或已有措施在审核中' },
    );
    const fields = {
      status: 'submitted' as const,
      cause: body.cause,
      measures: body.measures,
      milestones: body.milestones,
      submittedAt: now,
      submittedBy: ctx.actor.userId,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    };
    const owed = plans.find((p) => owedPlanStatuses.includes(p.status));
    let row;
    if (owed) {
      if (body.version !== owed.version) throw await versionConflict(tx, owed);
      row = await updatePlanVersioned(tx, owed.id, owed.version, fields);
      if (!row) throw await versionConflict(tx, owed);
    } else {
      row = await insertPlan(tx, {
        id: uuidv7(),
        tenantId: ctx.actor.tenantId,
        taskId,
        unitId: task.leadUnitId as string,
        requiredSince: today,
        dueDate: today,
        createdAt: now,
        ...fields,
      });
      if (!row) throw new AppError('INTERNAL');
    }
    await notifyUsers(tx, await supervisorIds(tx), {
      tenantId: ctx.actor.tenantId,
      kind: 'catch_up_submitted',
      title: `赶超措施待审核：${task.code ?? ''} ${task.title}`.trim(),
      body: `${ctx.actor.displayName} 报送了赶超措施，请审核。`,
      entityType: 'task',
      entityId: taskId,
      dedupeKey: `catch-up-submitted:${row.id}:${row.version}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'catch_up_plan.submitted',
      entityType: 'catch_up_plan',
      entityId: row.id,
      before: owed ? { status: owed.status, version: owed.version } : null,
      after: { taskId, cause: row.cause, measures: row.measures, milestones: row.milestones },
    });
    return (await presentPlans(tx, ctx.actor, [row], today))[0] as TCatchUpPlan;
  });
}
