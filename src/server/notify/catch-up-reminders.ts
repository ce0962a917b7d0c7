import { uuidv7 } from 'uuidv7';
import { addWorkingDays } from '../../domain/calendar/working-days';
import { owedPlanStatuses, shouldRequirePlan } from '../../domain/catch-up-plans';
import { recordAudit } from '../audit/record-audit';
import { insertPlan, type CatchUpPlanRow } from '../modules/catch-up-plans/catch-up-plans.repository';
import { catchUpSettingsOf } from '../modules/catch-up-plans/task-for-plans';
import type { FollowInput, ReminderWrite } from './district-facts';
import { notifyUsers } from './notify.repository';

/**
 * 赶超措施 in the reminder run: a task whose light needs a plan (red, or yellow by setting) and has none for
 * this spell gets a required plan due N working days later, and its lead unit is told; a plan owed past its
 * date is announced to the unit and the office (once per due date). `since` is the day the task's current light
 * began (today when the run is changing it); `plans` are the task's plans, newest first.
 */
export function remindCatchUp(input: FollowInput & { since: string; plans: CatchUpPlanRow[] }): {
  writes: ReminderWrite[];
  required: boolean;
  overdue: boolean;
} {
  const { task, light, asOf, settings, calendar, unitUsers, supervisors, at, since, plans } = input;
  const result = { writes: [] as ReminderWrite[], required: false, overdue: false };
  const unitId = task.leadUnitId;
  if (!unitId) return result;
  const label = `${task.code ?? ''} ${task.title}`.trim();
  const about = { tenantId: task.tenantId, entityType: 'task', entityId: task.id, at };
  const cs = catchUpSettingsOf(settings);
  if (shouldRequirePlan(light.light, since, plans, cs)) {
    result.required = true;
    const dueDate = addWorkingDays(asOf, cs.workingDays, calendar);
    result.writes.push(async (tx) => {
      const plan = await insertPlan(tx, {
        id: uuidv7(),
        tenantId: task.tenantId,
        taskId: task.id,
        unitId,
        status: 'required',
        requiredSince: since,
        dueDate,
        createdAt: at,
        updatedAt: at,
      });
      const sent = await notifyUsers(tx, unitUsers, {
        ...about,
        kind: 'catch_up_required',
        title: `请报送赶超措施：${label}`,
        body: `任务亮${light.light === 'red' ? '红灯' : '黄灯'}，请于 ${dueDate} 前报送赶超措施（原因、措施、新的时间节点）。`,
        dedupeKey: `catch-up-required:${task.id}:${since}`,
      });
      await recordAudit(tx, {
        tenantId: task.tenantId,
        at,
        actorId: null,
        actorName: '系统',
        ip: null,
        action: 'catch_up_plan.required',
        entityType: 'catch_up_plan',
        entityId: plan?.id ?? task.id,
        after: { taskId: task.id, light: light.light, requiredSince: since, dueDate },
      });
      return sent.length;
    });
  }
  const owed = plans.find((p) => owedPlanStatuses.includes(p.status) && asOf > p.dueDate);
  if (owed && light.reasons.includes('catch_up_plan_overdue')) {
    result.overdue = true;
    result.writes.push(
      async (tx) =>
        (
          await notifyUsers(tx, [...unitUsers, ...supervisors], {
            ...about,
            kind: 'catch_up_overdue',
            title: `赶超措施逾期未报：${label}`,
            body: `赶超措施应于 ${owed.dueDate} 前报送，至今未报。`,
            dedupeKey: `catch-up-overdue:${owed.id}:${owed.dueDate}`,
          })
        ).length,
    );
  }
  return result;
}
