import type { WorkingCalendar } from '../../domain/calendar/working-days';
import { workingDaysBetween } from '../../domain/calendar/working-days';
import { acceptDeadline, type LightResult } from '../../domain/schedule';
import type { Settings } from '../../domain/settings';
import { shanghaiDate } from '../clock';
import type { Executor } from '../db/client';
import type { TaskRow } from '../modules/tasks/tasks.repository';
import { notifyUsers, supervisorIds } from './notify.repository';

/** What the acceptance reminders of one task need from the run. */
export interface AcceptReminderInput {
  task: TaskRow;
  light: LightResult;
  asOf: string;
  settings: Settings;
  calendar: WorkingCalendar;
  unitUsers: string[];
  at: Date;
}

/**
 * 签收时限: a published task not yet accepted. N working days before the last day to accept, the lead unit is
 * reminded (once); once the light says `not_accepted`, the office and the lead leader are told (once).
 * Answers how many notifications were written, and which of the two kinds went out.
 */
export async function remindAcceptance(
  tx: Executor,
  input: AcceptReminderInput,
): Promise<{ sent: number; due: boolean; overdue: boolean }> {
  const { task, light, asOf, settings, calendar, unitUsers, at } = input;
  const result = { sent: 0, due: false, overdue: false };
  if (task.status !== 'published' || !task.publishedAt) return result;
  const label = `${task.code ?? ''} ${task.title}`.trim();
  const acceptBy = acceptDeadline(
    shanghaiDate(task.publishedAt),
    settings['tasks.acceptWorkingDays'],
    calendar,
  );
  if (
    asOf <= acceptBy &&
    workingDaysBetween(asOf, acceptBy, calendar) <= settings['tasks.acceptRemindWorkingDays']
  ) {
    result.due = true;
    result.sent += (
      await notifyUsers(tx, unitUsers, {
        tenantId: task.tenantId,
        kind: 'accept_due',
        title: `请及时签收任务：${label}`,
        body: `该任务已下发，请于 ${acceptBy} 前签收（签收时限 ${settings['tasks.acceptWorkingDays']} 个工作日）。`,
        entityType: 'task',
        entityId: task.id,
        dedupeKey: `accept-due:${task.id}`,
        at,
      })
    ).length;
  }
  if (light.reasons.includes('not_accepted')) {
    result.overdue = true;
    result.sent += (
      await notifyUsers(
        tx,
        [...(task.leadLeaderId ? [task.leadLeaderId] : []), ...(await supervisorIds(tx))],
        {
          tenantId: task.tenantId,
          kind: 'accept_overdue',
          title: `超过签收时限未签收：${label}`,
          body: `牵头单位未在 ${acceptBy} 前签收该任务，请督促。`,
          entityType: 'task',
          entityId: task.id,
          dedupeKey: `accept-overdue:${task.id}`,
          at,
        },
      )
    ).length;
  }
  return result;
}
