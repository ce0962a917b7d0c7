import { lightReasonWords } from '../../../domain/ledger-view';
import { periodEnd, periodStart } from '../../../domain/schedule';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import type { BulletinData, BulletinTask } from '../../documents/bulletin-docx';
import { computeBlockerSummary } from '../blockers/blocker-summary';
import { computeLights, lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { loadMilestones } from '../tasks/tasks.repository';
import {
  allRectifications,
  allUnitNames,
  publishedTasks,
  reportStatesOfTasks,
  tenantNameOf,
} from './bulletins.repository';
import { coUnitsNotShared } from './co-unit-shares-section';
import { computeBulletinProjects } from './projects-section';
import { catchUpPlanWordsOf } from './bulletin-remarks-render';
import { computeBulletinCaseDeadlines } from './case-deadlines-section';
import { computeBulletinAcceptance } from './acceptance-section';

// The bulletin names the reasons as the ledger does.
const reasonWords: Record<string, string> = lightReasonWords;

const rate = (done: number, total: number) => (total === 0 ? 0 : Math.round((done * 1000) / total) / 10);

/**
 * The bulletin's figures for a month, as of its last day: every task published by then, its light by the
 * same computation as the ledger and the lights endpoint, each lead unit's counts ranked by completion
 * rate, the red and yellow tasks, rectifications overdue at that date and units that did not report.
 */
export async function computeBulletinData(
  tx: Executor,
  tenantId: string,
  period: string,
  issued: { issuingOffice?: string | undefined; issuedDate: string },
): Promise<BulletinData> {
  const asOf = periodEnd(period);
  const tenant = await tenantNameOf(tx, tenantId);
  const all = await publishedTasks(tx);
  const rows = all.filter(
    (t) => t.status !== 'cancelled' && t.publishedAt && shanghaiDate(t.publishedAt) <= asOf && t.leadUnitId,
  );
  const lights = await computeLights(
    tx,
    rows,
    () =>
      loadMilestones(
        tx,
        rows.map((r) => r.id),
      ),
    asOf,
    lightSettingsOf(await loadSettings(tx, tenantId)),
  );
  const unitRows = await allUnitNames(tx);
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));

  const isDone = (t: (typeof rows)[number]) =>
    t.status === 'completed' && t.completedAt !== null && shanghaiDate(t.completedAt) <= asOf;
  const lightOf = (t: (typeof rows)[number]) => (isDone(t) ? 'green' : (lights.get(t.id)?.light ?? 'green'));
  const byUnit = new Map<string, typeof rows>();
  for (const t of rows)
    byUnit.set(t.leadUnitId as string, [...(byUnit.get(t.leadUnitId as string) ?? []), t]);

  const unitsTable = [...byUnit.entries()]
    .map(([id, list]) => {
      const completed = list.filter(isDone).length;
      return {
        rank: 0,
        unitName: unitName.get(id) ?? '',
        total: list.length,
        completed,
        inProgress: list.length - completed,
        yellow: list.filter((t) => lightOf(t) === 'yellow').length,
        red: list.filter((t) => lightOf(t) === 'red').length,
        completionRate: rate(completed, list.length),
      };
    })
    .sort(
      (a, b) =>
        b.completionRate - a.completionRate ||
        a.red - b.red ||
        a.yellow - b.yellow ||
        a.unitName.localeCompare(b.unitName, 'zh-Hans-CN'),
    )
    .map((u, i) => ({ ...u, rank: i + 1 }));

  const plans = await catchUpPlanWordsOf(
    tx,
    rows.filter((t) => lightOf(t) === 'red').map((t) => t.id),
  );
  const named = (light: 'red' | 'yellow'): BulletinTask[] =>
    rows
      .filter((t) => lightOf(t) === light)
      .map((t) => ({
        code: t.code ?? '',
        title: t.title,
        unitName: unitName.get(t.leadUnitId as string) ?? '',
        reasons: (lights.get(t.id)?.reasons ?? []).map((r) => reasonWords[r] ?? r),
        dueDate: t.dueDate ?? '',
        progress: t.progress,
        ...(light === 'red' && plans.has(t.id) ? { catchUpPlan: plans.get(t.id) as string } : {}),
      }))
      .sort((a, b) => (a.code < b.code ? -1 : 1));

  const rects = await allRectifications(tx);
  const overdue = rects
    .filter((r) => r.deadline < asOf && (!r.verifiedAt || shanghaiDate(r.verifiedAt) > asOf))
    .map((r) => ({
      title: r.finding,
      unitName: unitName.get(r.unitId) ?? '',
      deadline: r.deadline,
      daysOverdue: Math.round((Date.parse(asOf) - Date.parse(r.deadline)) / 86_400_000),
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue);

  // Units that owed a report for the period (a task of theirs in progress, accepted by its end) and sent none.
  const owing = rows.filter(
    (t) =>
      !isDone(t) &&
      (t.status === 'in_progress' || t.status === 'completion_requested') &&
      t.acceptedAt &&
      shanghaiDate(t.acceptedAt) <= asOf,
  );
  const sent = await reportStatesOfTasks(
    tx,
    owing.map((t) => t.id),
    period,
  );
  const reportedFor = new Set(
    sent.filter((r) => r.period === period && r.status !== 'returned').map((r) => r.taskId),
  );
  const missing = new Map<string, number>();
  for (const t of owing)
    if (!reportedFor.has(t.id))
      missing.set(t.leadUnitId as string, (missing.get(t.leadUnitId as string) ?? 0) + 1);

  const sharePeriodKind =
    (await loadSettings(tx, tenantId))['reports.period'] === 'quarter' ? 'quarter' : 'month';
  const completed = rows.filter(isDone);
  // 堵点 of the month, when the district has any (issue #14).
  const blockers = await computeBlockerSummary(tx, periodStart(period), asOf);
  return {
    ...(blockers.opened + blockers.cleared + blockers.closed + blockers.stillOpen > 0 ? { blockers } : {}),
    districtName: tenant?.name ?? '',
    period,
    asOf,
    // Signed by the district's own office ("示范区委区政府督查室"), unless the office named another.
    issuingOffice: issued.issuingOffice ?? `${tenant?.name ?? ''}委区政府督查室`,
    issuedDate: issued.issuedDate,
    overall: {
      published: rows.length,
      completed: completed.length,
      completedOnTime: completed.filter(
        (t) => t.completedAt && t.dueDate && shanghaiDate(t.completedAt) <= t.dueDate,
      ).length,
      inProgress: rows.length - completed.length,
      yellow: rows.filter((t) => lightOf(t) === 'yellow').length,
      red: rows.filter((t) => lightOf(t) === 'red').length,
      completionRate: rate(completed.length, rows.length),
    },
    units: unitsTable,
    redTasks: named('red'),
    yellowTasks: named('yellow'),
    overdueRectifications: overdue,
    unitsNotReported: [...missing.entries()]
      .map(([id, taskCount]) => ({ unitName: unitName.get(id) ?? '', taskCount }))
      .sort((a, b) => b.taskCount - a.taskCount),
    coUnitsNotShared: await coUnitsNotShared(tx, owing, period, sharePeriodKind, unitName),
    projects: await computeBulletinProjects(tx, period, asOf, await loadSettings(tx, tenantId)),
    caseDeadlines: await computeBulletinCaseDeadlines(tx, tenantId, asOf),
    acceptance: await computeBulletinAcceptance(tx, periodStart(period), asOf, unitName),
  };
}
