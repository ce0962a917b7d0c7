import type { TAssessmentFacts } from '../../../domain/assessment/index';
import { lightAsOf, periodEnd } from '../../../domain/schedule';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { workingDaysBetween } from '../../../domain/calendar/working-days';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { approvalItemsDueIn } from '../joint-reviews/joint-reviews.repository';
import { loadBulletinFacts } from './bulletin-facts';
import { loadWaivers } from './tolerance-facts';
import { loadAppealRulings } from './appeal-facts';
import { loadSatisfactionFacts } from './survey-facts';
import { loadCoUnitShareFacts } from './co-unit-share-facts';
import { loadCooperationRatingFacts, loadTargetShareTaskFacts } from './responsibility-facts';
import { loadMilestones } from '../tasks/tasks.repository';
import {
  activeUnitRows,
  allAccountabilityActions,
  allInterviews,
  entriesOfYear,
  publishedTaskRowsOfYear,
  rectificationsDueIn,
  reportsOfTasks,
} from './assessment.repository';

/** Days after a period's end by which its report counts as on time (报送时限). */
const reportGraceDays = 5;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const monthsOfYearBefore = (year: number, asOf: string) => {
  const months: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (periodEnd(month) < asOf) months.push(month);
  }
  return months;
};

/**
 * The year's facts as the assessment engine takes them, from the database as of a date: units, lead tasks,
 * the reports each unit owed per closed month (and when it first sent each), rectifications, each task's
 * light at every closed month's end (by the same rule as the ledger), and the entries.
 */
export async function loadAssessmentFacts(
  tx: Executor,
  tenantId: string,
  year: number,
  asOf: string,
): Promise<TAssessmentFacts> {
  const unitRows = await activeUnitRows(tx);
  // The query narrows to the year's tasks too; the same test here keeps the rule in one readable place.
  const taskRows = (await publishedTaskRowsOfYear(tx, year)).filter(
    (t) =>
      t.leadUnitId &&
      t.startDate &&
      t.dueDate &&
      t.startDate <= `${year}-12-31` &&
      t.dueDate >= `${year}-01-01`,
  );
  const details = await loadMilestones(
    tx,
    taskRows.map((r) => r.id),
  );
  const lightSettings = lightSettingsOf(await loadSettings(tx, tenantId));
  const reportsByTask = await reportsOfTasks(
    tx,
    taskRows.map((t) => t.id),
  );
  const months = monthsOfYearBefore(year, asOf);

  const expected: TAssessmentFacts['reports'] = [];
  const lights: TAssessmentFacts['lights'] = [];
  for (const t of taskRows) {
    const accepted = t.acceptedAt ? shanghaiDate(t.acceptedAt) : null;
    const own = reportsByTask.get(t.id) ?? [];
    // The same for every month of the task: made once, not per month (a district has ~36,000 task-months).
    const milestones = (details.milestones.get(t.id) ?? []).map((m) => ({
      dueDate: m.dueDate,
      completedAt: m.completedAt ? shanghaiDate(m.completedAt) : null,
    }));
    const lightReports = own.map((r) => ({ period: r.period, status: r.status }));
    for (const month of months) {
      const end = periodEnd(month);
      const done = t.completedAt !== null && shanghaiDate(t.completedAt) <= `${month}-01`;
      if (accepted && accepted <= end && !done && t.status !== 'cancelled') {
        const sent = own.find((r) => r.period === month);
        expected.push({
          id: `${t.id}:${month}`,
          taskId: t.id,
          unitId: t.leadUnitId as string,
          period: month,
          deadline: addDays(end, reportGraceDays),
          submittedAt: sent ? sent.sentOn : null,
        });
      }
      if (t.startDate && t.dueDate && t.startDate <= end) {
        const light = lightAsOf(
          {
            status: done ? 'completed' : t.status,
            startDate: t.startDate,
            dueDate: t.dueDate,
            progress: t.progress,
            acceptedAt: accepted,
            milestones,
            reports: lightReports,
          },
          end,
          lightSettings,
        );
        lights.push({
          id: `${t.id}:${month}`,
          unitId: t.leadUnitId as string,
          taskId: t.id,
          month,
          light: light.light,
        });
      }
    }
  }

  const calendar = await loadWorkingCalendar(tx, tenantId);
  const rects = await rectificationsDueIn(tx, year);
  const entries = await entriesOfYear(tx, year);
  const data = (e: (typeof entries)[number]) => e.data as Record<string, unknown>;
  const inYear = (d: string) => d >= `${year}-01-01` && d <= asOf;
  const interviewRows = (await allInterviews(tx)).filter((r) => inYear(r.date));
  const accountabilityRows = (await allAccountabilityActions(tx)).filter((r) => inYear(r.date));
  const fromBulletins = await loadBulletinFacts(tx, year, asOf);
  const appeals = await loadAppealRulings(tx, year);

  return {
    units: unitRows.map((u) => ({ id: u.id, name: u.name, kind: u.kind })),
    tasks: [
      ...taskRows.map((t) => ({
        id: t.id,
        code: t.code ?? '',
        title: t.title,
        leadUnitId: t.leadUnitId as string,
        isKey: t.isKey,
        startDate: t.startDate as string,
        dueDate: t.dueDate as string,
        status: t.status,
        completedAt: t.completedAt ? shanghaiDate(t.completedAt) : null,
        progress: t.progress,
        daysToAccept:
          t.publishedAt && t.acceptedAt
            ? workingDaysBetween(shanghaiDate(t.publishedAt), shanghaiDate(t.acceptedAt), calendar)
            : null,
      })),
      ...(await loadTargetShareTaskFacts(tx, taskRows)),
    ],
    reports: [...expected, ...(await loadCoUnitShareFacts(tx, tenantId, taskRows, year, asOf))],
    rectifications: rects.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      title: r.finding,
      deadline: r.deadline,
      verifiedAt: r.verifiedAt ? shanghaiDate(r.verifiedAt) : null,
    })),
    lights,
    satisfaction: await loadSatisfactionFacts(
      tx,
      year,
      entries
        .filter((e) => e.kind === 'satisfaction')
        .map((e) => ({
          id: e.id,
          unitId: e.unitId,
          period: String(data(e).period),
          score: Number(data(e).score),
        })),
    ),
    evaluations: entries
      .filter((e) => e.kind === 'evaluation')
      .map((e) => ({
        id: e.id,
        unitId: e.unitId,
        party: data(e).party as TAssessmentFacts['evaluations'][number]['party'],
        score: Number(data(e).score),
        evaluator: (data(e).evaluator as string | undefined) ?? null,
      })),
    bonuses: entries
      .filter((e) => e.kind === 'bonus')
      .map((e) => ({
        id: e.id,
        unitId: e.unitId,
        kind: data(e).bonusKind as TAssessmentFacts['bonuses'][number]['kind'],
        level: (data(e).level as TAssessmentFacts['bonuses'][number]['level']) ?? null,
        title: String(data(e).title),
        date: String(data(e).date),
        isVerified: e.isVerified,
      }))
      .concat(fromBulletins.bonuses),
    vetoes: entries
      .filter((e) => e.kind === 'veto')
      .map((e) => ({
        id: e.id,
        unitId: e.unitId,
        kind: String(data(e).vetoKind),
        title: String(data(e).title),
        date: String(data(e).date),
      })),
    interviews: interviewRows.map((r) => ({ id: r.id, unitId: r.unitId, title: r.reason, date: r.date })),
    accountabilityActions: accountabilityRows.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      type: r.type,
      title: r.reason,
      date: r.date,
    })),
    bulletinCriticisms: fromBulletins.bulletinCriticisms,
    approvalItems: (await approvalItemsDueIn(tx, year))
      .filter((a) => a.deadline <= asOf)
      .map((a) => ({
        id: `${a.reviewId}:${a.itemId}`,
        unitId: a.unitId,
        title: a.subject ? `${a.title}（${a.subject}）` : a.title,
        deadline: a.deadline,
        answeredAt: a.firstAnsweredAt ? shanghaiDate(a.firstAnsweredAt) : null,
      })),
    waivers: [...(await loadWaivers(tx, asOf)), ...appeals.waivers],
    cooperationRatings: await loadCooperationRatingFacts(tx, year),
    componentRulings: appeals.componentRulings,
    vetoRulings: appeals.vetoRulings,
  };
}
