import { workingDaysBetween } from '../../domain/calendar/working-days';
import { acceptDeadline } from '../../domain/schedule';
import { shanghaiDate } from '../clock';
import type { FollowInput, ReminderWrite } from './district-facts';
import { notifyUsers } from './notify.repository';

/**
 * 签收时限: a published task not yet accepted. N working days before the last day to accept, the lead unit is
 * reminded (once); once the light says `not_accepted`, the office and the lead leader are told (once).
 * Answers the writes to make in the task's transaction, and which of the two kinds are due.
 */
export function remindAcceptance(input: FollowInput): {
  writes: ReminderWrite[];
  due: boolean;
  overdue: boolean;
} {
  const { task, light, asOf, settings, calendar, unitUsers, supervisors, at } = input;
  const result = { writes: [] as ReminderWrite[], due: false, overdue: false };
  if (task.status !== 'published' || !task.publishedAt) return result;
  const label = `${task.code ?? ''} ${task.title}`.trim();
  const acceptBy = acceptDeadline(
    shanghaiDate(task.publishedAt),
    settings['tasks.acceptWorkingDays'],
    calendar,
  );
  const about = { tenantId: task.tenantId, entityType: 'task', entityId: task.id, at };
  if (
    asOf <= acceptBy &&
    workingDaysBetween(asOf, acceptBy, calendar) <= settings['tasks.acceptRemindWorkingDays']
  ) {
    result.due = true;
    result.writes.push(
      async (tx) =>
        (
          await notifyUsers(tx, unitUsers, {
            ...about,
            kind: 'accept_due',
            title: `请及时签收任务：${label}`,
            body: `该任务已下发，请于 ${acceptBy} 前签收（签收时限 ${settings['tasks.acceptWorkingDays']} 个工作日）。`,
            dedupeKey: `accept-due:${task.id}`,
          })
        ).length,
    );
  }
  if (light.reasons.includes('not_accepted')) {
    result.overdue = true;
    result.writes.push(
      async (tx) =>
        (
          await notifyUsers(tx, [...(task.leadLeaderId ? [task.leadLeaderId] : []), ...supervisors], {
            ...about,
            kind: 'accept_overdue',
            title: `超过签收时限未签收：${label}`,
            body: `牵头单位未在 ${acceptBy} 前签收该任务，请督促。`,
            dedupeKey: `accept-overdue:${task.id}`,
          })
        ).length,
    );
  }
  return result;
}
