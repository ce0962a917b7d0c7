import { addWorkingDays } from '../../../domain/calendar/working-days';
import { catchUpPlanVerdicts } from '../../../domain/abilities';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { versionConflict } from '../../versioning';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { assertCan } from '../../policy/assert';
import { canReviewCatchUpPlans } from './catch-up-plans.policy';
import { findPlan, updatePlanVersioned } from './catch-up-plans.repository';
import type { TCatchUpPlan, TReviewPlanBody } from './catch-up-plans.schemas';
import { presentPlans } from './present-catch-up-plan';
import { catchUpSettingsOf, taskForPlans } from './task-for-plans';

/**
 * The office approves a submitted plan, or returns it with a comment: a returned plan is owed again, due N
 * working days from today. The lead unit is told either way.
 */
export async function reviewCatchUpPlan(
  ctx: AuthedContext,
  planId: string,
  body: TReviewPlanBody,
): Promise<TCatchUpPlan> {
  assertCan(canReviewCatchUpPlans(ctx.actor));
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  return tenantTx(ctx, async (tx) => {
    const plan = await findPlan(tx, planId);
    if (!plan) throw notFound();
    const { task, settings } = await taskForPlans(tx, ctx, plan.taskId, today);
    assertAbility(catchUpPlanVerdicts(ctx.actor, plan), 'review', { state: '该措施不在待审核状态' });
    if (body.version !== plan.version) throw await versionConflict(tx, plan);
    const approve = body.decision === 'approve';
    const dueDate = approve
      ? plan.dueDate
      : addWorkingDays(
          today,
          catchUpSettingsOf(settings).workingDays,
          await loadWorkingCalendar(tx, ctx.actor.tenantId),
        );
    const row = await updatePlanVersioned(tx, plan.id, plan.version, {
      status: approve ? 'approved' : 'returned',
      dueDate,
      reviewedAt: now,
      reviewedBy: ctx.actor.userId,
      reviewComment: body.comment || null,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, plan);
    const label = `${task.code ?? ''} ${task.title}`.trim();
    await notifyUsers(tx, await unitUserIds(tx, plan.unitId), {
      tenantId: ctx.actor.tenantId,
      kind: approve ? 'catch_up_approved' : 'catch_up_returned',
      title: approve ? `赶超措施已通过：${label}` : `赶超措施被退回：${label}`,
      body: approve ? '请按措施抓好落实。' : `退回意见：${body.comment}。请于 ${dueDate} 前重新报送。`,
      entityType: 'task',
      entityId: task.id,
      dedupeKey: `catch-up-reviewed:${row.id}:${row.version}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: approve ? 'catch_up_plan.approved' : 'catch_up_plan.returned',
      entityType: 'catch_up_plan',
      entityId: row.id,
      before: { status: plan.status, version: plan.version },
      after: { status: row.status, comment: row.reviewComment, dueDate: row.dueDate },
    });
    return (await presentPlans(tx, ctx.actor, [row], today))[0] as TCatchUpPlan;
  });
}
