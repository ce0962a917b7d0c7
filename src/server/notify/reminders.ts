import { lastClosedPeriod, periodEnd, periodOf, periodStart } from '../../domain/schedule';
import { shanghaiDate } from '../clock';
import type { AppDeps } from '../context';
import { withSystemTx, withTenantTx } from '../db/tx';
import { computeLights, lightSettingsOf } from '../modules/lights/compute-lights';
import { loadWorkingCalendar } from '../modules/calendar/load-working-calendar';
import { loadSettings } from '../modules/settings/settings.repository';
import { remindAcceptance } from './accept-reminders';
import { remindCatchUp } from './catch-up-reminders';
import { remindJointReviews } from './joint-review-reminders';
import { remindCaseDeadlines } from './case-deadline-reminders';
import { deadlineRuleOf } from '../modules/case-deadlines/load-deadline-rule';
import { escalateDueBlockers, type BeforeBlocker } from './blocker-escalation';
import { loadMilestones } from '../modules/tasks/tasks.repository';
import type { Settings } from '../../domain/settings';
import type { DistrictFacts, FollowInput, ReminderWrite } from './district-facts';
import {
  allTenantIds,
  loadDistrictFacts,
  notifyUsers,
  openTasks,
  saveLightState,
  type NotificationInput,
} from './notify.repository';

export interface ReminderCounts {
  tasks: number;
  lightChanges: number;
  reportDue: number;
  escalations: number;
  /** 签收时限: reminders before the last day to accept, and notices to the office after it. */
  acceptDue: number;
  acceptOverdue: number;
  /** 赶超措施: plans required, and owed plans announced as overdue. */
  catchUpRequired: number;
  catchUpOverdue: number;
  /** 联审联批: pending items reminded before the deadline, and overdue ones (once a day). */
  jointReviewDue: number;
  jointReviewOverdue: number;
  /** 督办事项时限: cases, rectifications and instructions told they are due soon, or overdue (each once). */
  caseDeadlineDue: number;
  caseDeadlineOverdue: number;
  /** 堵点: ladder steps taken (each blocker at most one level per run). */
  blockerEscalations: number;
  notifications: number;
}

const reasonWords: Record<string, string> = {
  overdue: '逾期未完成',
  behind_schedule: '进度滞后',
  half_time_half_task: '时间过半任务未过半',
  due_soon: '临近到期',
  missing_report: '本期未报送进展',
  not_accepted: '超过签收时限未签收',
  catch_up_plan_overdue: '赶超措施逾期未报',
  blocker_open: '存在未解决的堵点',
};

/** Called before each task's transaction: progress output, or a test that stops the run half-way. */
export type BeforeTask = (index: number) => void;

/**
 * The reminder run, for every district, as of a date: a notice when a task turns yellow or red (once per
 * turn), a reminder N days before the period closes to units that have not reported, and escalation to the
 * lead leader and the office after two periods without an approved report. Each task is its own
 * transaction and every notification has a dedupe key, so a run stopped half-way and run again sends
 * nothing twice and misses nothing.
 */
export async function runReminders(
  deps: AppDeps,
  asOfInput?: string,
  beforeTask?: BeforeTask,
  beforeBlocker?: BeforeBlocker,
): Promise<ReminderCounts> {
  const asOf = asOfInput ?? shanghaiDate(deps.clock.now());
  const counts: ReminderCounts = {
    tasks: 0,
    lightChanges: 0,
    reportDue: 0,
    escalations: 0,
    acceptDue: 0,
    acceptOverdue: 0,
    catchUpRequired: 0,
    catchUpOverdue: 0,
    jointReviewDue: 0,
    jointReviewOverdue: 0,
    caseDeadlineDue: 0,
    caseDeadlineOverdue: 0,
    blockerEscalations: 0,
    notifications: 0,
  };
  const tenantIds = await withSystemTx(deps.db, (tx) => allTenantIds(tx));
  let index = 0;
  for (const tenantId of tenantIds) {
    const scope = { tenantId, userId: null };
    const { rows, lights, settings, calendar, facts } = await withTenantTx(deps.db, scope, async (tx) => {
      const rows = await openTasks(tx);
      const settings = await loadSettings(tx, tenantId);
      const details = await loadMilestones(
        tx,
        rows.map((r) => r.id),
      );
      return {
        rows,
        settings,
        calendar: await loadWorkingCalendar(tx, tenantId),
        lights: await computeLights(tx, rows, details, asOf, lightSettingsOf(settings)),
        facts: await loadDistrictFacts(tx, periodsOf(asOf, settings)),
      };
    });
    for (const task of rows) {
      beforeTask?.(index++);
      const light = lights.get(task.id);
      if (!light) continue;
      counts.tasks++;
      const follow = {
        task,
        light,
        asOf,
        settings,
        calendar,
        unitUsers: task.leadUnitId ? (facts.unitUsers.get(task.leadUnitId) ?? []) : [],
        supervisors: facts.supervisors,
        at: deps.clock.now(),
      };
      const state = facts.lightStates.get(task.id);
      const writes = remindTask(follow, facts, counts);
      const accept = remindAcceptance(follow);
      if (accept.due) counts.acceptDue++;
      if (accept.overdue) counts.acceptOverdue++;
      // A light that changed starts a new spell today (its state is saved by remindTask's writes).
      const since = state && state.light === light.light ? state.since : asOf;
      const catchUp = remindCatchUp({ ...follow, since, plans: facts.plans.get(task.id) ?? [] });
      if (catchUp.required) counts.catchUpRequired++;
      if (catchUp.overdue) counts.catchUpOverdue++;
      const all = [...writes, ...accept.writes, ...catchUp.writes];
      // Most tasks on most days have nothing to write: no transaction for them.
      if (all.length === 0) continue;
      await withTenantTx(deps.db, scope, async (tx) => {
        for (const write of all) counts.notifications += await write(tx);
      });
    }
    await withTenantTx(deps.db, scope, async (tx) => {
      const joint = await remindJointReviews(tx, asOf, deps.clock.now());
      counts.jointReviewDue += joint.due;
      counts.jointReviewOverdue += joint.overdue;
      counts.notifications += joint.sent;
      const cases = await remindCaseDeadlines(
        tx,
        tenantId,
        deadlineRuleOf(asOf, settings, calendar),
        deps.clock.now(),
      );
      counts.caseDeadlineDue += cases.due;
      counts.caseDeadlineOverdue += cases.overdue;
      counts.notifications += cases.sent;
    });
    const ladder = await escalateDueBlockers(deps, tenantId, asOf, settings, calendar, beforeBlocker);
    counts.blockerEscalations += ladder.escalated;
    counts.notifications += ladder.sent;
  }
  return counts;
}

/** The periods the run looks at: the current one and the last two closed ones. */
function periodsOf(asOf: string, settings: Settings) {
  const period = settings['reports.period'] === 'quarter' ? 'quarter' : 'month';
  const last = lastClosedPeriod(asOf, period);
  return {
    current: periodOf(asOf, period),
    last: last.period,
    before: lastClosedPeriod(last.start, period).period,
  };
}

/** A task's light notice, report-due reminder and escalation, decided from the district's facts. */
function remindTask(input: FollowInput, facts: DistrictFacts, counts: ReminderCounts): ReminderWrite[] {
  const { task, light, asOf, settings, unitUsers, at } = input;
  const label = `${task.code ?? ''} ${task.title}`.trim();
  const writes: ReminderWrite[] = [];
  const notify = (
    userIds: string[],
    notice: Omit<NotificationInput, 'tenantId' | 'entityType' | 'entityId' | 'at'>,
  ) =>
    writes.push(
      async (tx) =>
        (
          await notifyUsers(tx, userIds, {
            ...notice,
            tenantId: task.tenantId,
            entityType: 'task',
            entityId: task.id,
            at,
          })
        ).length,
    );

  // 1. The light changed: remember it; yellow or red is announced to the lead unit and lead leader.
  const state = facts.lightStates.get(task.id);
  if (!state || state.light !== light.light) {
    counts.lightChanges++;
    writes.push(async (tx) => {
      await saveLightState(tx, {
        taskId: task.id,
        tenantId: task.tenantId,
        light: light.light,
        since: asOf,
        updatedAt: at,
      });
      return 0;
    });
    if (light.light !== 'green') {
      const word = light.light === 'red' ? '红灯' : '黄灯';
      notify([...unitUsers, ...(task.leadLeaderId ? [task.leadLeaderId] : [])], {
        kind: `light_${light.light}`,
        title: `任务亮${word}：${label}`,
        body: `原因：${light.reasons.map((r) => reasonWords[r] ?? r).join('、')}。请抓紧推进。`,
        dedupeKey: `light:${task.id}:${light.light}:${asOf}`,
      });
    }
  }
  if (task.status !== 'in_progress') return writes;
  const period = settings['reports.period'] === 'quarter' ? 'quarter' : 'month';

  // 2. The period closes soon and the unit has not reported for it.
  const current = periodOf(asOf, period);
  const daysLeft = (Date.parse(periodEnd(current)) - Date.parse(asOf)) / 86_400_000;
  if (daysLeft <= settings['reminders.daysBeforeClose']) {
    const existing = facts.currentReports.get(task.id);
    if (!existing || existing === 'returned') {
      counts.reportDue++;
      notify(unitUsers, {
        kind: 'report_due',
        title: `请报送进展：${label}`,
        body: `${current} 的进展请于 ${periodEnd(current)} 前报送。`,
        dedupeKey: `report-due:${task.id}:${current}`,
      });
    }
  }

  // 3. Two closed periods without an approved report: escalate to the lead leader and the office.
  const last = lastClosedPeriod(asOf, period);
  const before = lastClosedPeriod(last.start, period);
  const acceptedOn = task.acceptedAt ? shanghaiDate(task.acceptedAt) : null;
  if (acceptedOn && acceptedOn <= periodStart(before.period) && !facts.approvedRecently.has(task.id)) {
    counts.escalations++;
    notify([...(task.leadLeaderId ? [task.leadLeaderId] : []), ...facts.supervisors], {
      kind: 'escalation',
      title: `连续两期无审核通过的进展：${label}`,
      body: `${before.period}、${last.period} 两期均没有审核通过的进展报告，请督促牵头单位。`,
      dedupeKey: `escalation:${task.id}:${last.period}`,
    });
  }
  return writes;
}
