import { uuidv7 } from 'uuidv7';
import { addWorkingDays, type WorkingCalendar } from '../../domain/calendar/working-days';
import { owedPlanStatuses, shouldRequirePlan } from '../../domain/catch-up-plans';
import type { LightResult } from '../../domain/schedule';
import type { Settings } from '../../domain/settings';
import { recordAudit } from '../audit/record-audit';
import type { Executor } from '../db/client';
import { insertPlan, plansOfTask } from '../modules/catch-up-plans/catch-up-plans.repository';
import { catchUpSettingsOf } from '../modules/catch-up-plans/task-for-plans';
import type { TaskRow } from '../modules/tasks/tasks.repository';
import { lightStateOf, notifyUsers, supervisorIds } from './notify.repository';

export interface CatchUpReminderInput {
  task: TaskRow;
  light: LightResult;
  asOf: string;
  settings: Settings;
  calendar: WorkingCalendar;
  unitUsers: string[];
  at: Date;
}

/**
 * 赶超措施 in the reminder run: a task whose light needs a plan (red, or yellow by setting) and has none for
 * this spell gets a required plan due N working days later, and its lead unit is told; a plan owed past its
 * date is announced to the unit and the office (once per due date). Runs after the light state is saved.
 */
export async function remindCatchUp(
  tx: Executor,
  input: CatchUpReminderInput,
): Promise<{ sent: number; required: boolean; overdue: boolean }> {
  const { task, light, asOf, settings, calendar, unitUsers, at } = input;
  const result = { sent: 0, required: false, overdue: false };
  if (!task.leadUnitId) return result;
  const label = `${task.code ?? ''} ${task.title}`.trim();
  const plans = await plansOfTask(tx, task.id);
  const since = (await lightStateOf(tx, task.id))?.since ?? asOf;
  const cs = catchUpSettingsOf(settings);
  if (shouldRequirePlan(light.light, since, plans, cs)) {
    result.required = true;
    const dueDate = addWorkingDays(asOf, cs.workingDays, calendar);
    const plan = await insertPlan(tx, {
      id: uuidv7(),
      tenantId: task.tenantId,
      taskId: task.id,
      unitId: task.leadUnitId,
      status: 'required',
      requiredSince: since,
      dueDate,
      createdAt: at,
      updatedAt: at,
    });
    result.sent += (
      await notifyUsers(tx, unitUsers, {
        tenantId: task.tenantId,
        kind: 'catch_up_required',
        title: `请报送赶超措施：${label}`,
        body: `任务亮${light.light === 'red' ? '红灯' : '黄灯'}，请于 ${dueDate} 前报送赶超措施（原因、措施、新的时间节点）。`,
        entityType: 'task',
        entityId: task.id,
        dedupeKey: `catch-up-required:${task.id}:${since}`,
        at,
      })
    ).length;
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
  }
  const owed = plans.find((p) => owedPlanStatuses.includes(p.status) && asOf > p.dueDate);
  if (owed && light.reasons.includes('catch_up_plan_overdue')) {
    result.overdue = true;
    result.sent += (
      await notifyUsers(tx, [...unitUsers, ...(await supervisorIds(tx))], {
        tenantId: task.tenantId,
        kind: 'catch_up_overdue',
        title: `赶超措施逾期未报：${label}`,
        body: `赶超措施应于 ${owed.dueDate} 前报送，至今未报。`,
        entityType: 'task',
        entityId: task.id,
        dedupeKey: `catch-up-overdue:${owed.id}:${owed.dueDate}`,
        at,
      })
    ).length;
  }
  return result;
}
