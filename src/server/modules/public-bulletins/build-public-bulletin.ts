import { publicStanding, standingCounts, type PublicStanding } from '../../../domain/public-progress';
import { periodEnd } from '../../../domain/schedule';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { formatChineseMonth } from '../../documents/official-format';
import { allUnitNames, publishedTasks } from '../bulletins/bulletins.repository';
import { computeLights, lightSettingsOf } from '../lights/compute-lights';
import { publicTaskRows } from '../public-disclosure/build-public-tasks';
import { loadSettings } from '../settings/settings.repository';
import { loadMilestones } from '../tasks/tasks.repository';
import { decisionTitles, progressAsOfPeriod } from './public-bulletins.repository';
import type { TPublicBulletinBody } from './public-bulletins.schemas';

const rate = (done: number, total: number) => (total === 0 ? 0 : Math.round((done * 1000) / total) / 10);

/**
 * The public version of a bulletin, from its own period as of the period's last day (or today, for the month
 * under way: the public is never shown a light computed for a day still to come), by the bulletin's own
 * counting (tasks published by then, cancelled ones left out, done when completed by then, the ledger's
 * light): the district's totals, each decision's, and the tasks the office made public or marked 民生实事.
 * Nothing about units' standing, persons, cases or report texts is read into it.
 */
export async function buildPublicBulletin(
  tx: Executor,
  tenantId: string,
  bulletin: {
    period: string;
    publishedAt: Date | null;
    issueYear: number | null;
    issueNumber: number | null;
  },
  today: string,
): Promise<TPublicBulletinBody> {
  const end = periodEnd(bulletin.period);
  const asOf = today < end ? today : end;
  const rows = (await publishedTasks(tx)).filter(
    (t) => t.status !== 'cancelled' && t.publishedAt && shanghaiDate(t.publishedAt) <= asOf && t.leadUnitId,
  );
  const ids = rows.map((r) => r.id);
  const lights = await computeLights(
    tx,
    rows,
    await loadMilestones(tx, ids),
    asOf,
    lightSettingsOf(await loadSettings(tx, tenantId)),
  );
  const isDone = (t: (typeof rows)[number]) =>
    t.status === 'completed' && t.completedAt !== null && shanghaiDate(t.completedAt) <= asOf;
  const standings = rows.map((t) => {
    const done = isDone(t);
    const light = done ? null : (lights.get(t.id)?.light ?? 'green');
    return { task: t, done, light, standing: publicStanding(done, light) as PublicStanding };
  });
  const titles = await decisionTitles(tx, [...new Set(rows.map((r) => r.decisionId))]);
  const byDecision = new Map<string, typeof standings>();
  for (const s of standings)
    byDecision.set(s.task.decisionId, [...(byDecision.get(s.task.decisionId) ?? []), s]);

  const shownIds = new Set((await publicTaskRows(tx)).map((r) => r.id));
  const shown = standings.filter((s) => s.task.code && (shownIds.has(s.task.id) || s.task.isLivelihood));
  const progress = await progressAsOfPeriod(
    tx,
    shown.map((s) => s.task.id),
    bulletin.period,
  );
  const unitNames = new Map((await allUnitNames(tx)).map((u) => [u.id, u.name]));
  const overall = standingCounts(standings);
  return {
    period: bulletin.period,
    title: `${formatChineseMonth(bulletin.period)}决策部署落实情况通报（公开版）`,
    issue:
      bulletin.issueYear && bulletin.issueNumber
        ? `${bulletin.issueYear}年第${bulletin.issueNumber}期`
        : null,
    publishedOn: bulletin.publishedAt ? shanghaiDate(bulletin.publishedAt) : asOf,
    figuresAsOf: asOf,
    overall: { ...overall, completionRate: rate(overall.done, overall.total) },
    decisions: [...byDecision.entries()]
      .map(([id, list]) => ({ title: titles.get(id) ?? '', ...standingCounts(list) }))
      .sort((a, b) => b.total - a.total || a.title.localeCompare(b.title, 'zh-Hans-CN')),
    tasks: shown
      .map((s) => ({
        key: s.task.code as string,
        title: s.task.title,
        decision: titles.get(s.task.decisionId) ?? '',
        leadUnit: unitNames.get(s.task.leadUnitId as string) ?? null,
        dueDate: s.task.dueDate,
        progress: s.done ? 100 : (progress.get(s.task.id) ?? null),
        standing: s.standing,
        light: s.light,
        livelihood: s.task.isLivelihood,
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}
