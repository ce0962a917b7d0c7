import type { Light } from '../../../domain/schedule';
import { canReadDistrictAnalysis } from './analysis.policy';
import { shanghaiDate } from '../../clock';
import { readTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { lightSettingsOf, tenantLights } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { cockpitProjects } from './cockpit-projects';
import { loadDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { summarizeCaseDeadlines } from '../case-deadlines/summarize-case-deadlines';
import {
  allUnitNames,
  cockpitTaskRows,
  latestInstructions,
  overdueRectifications,
  peopleOf,
  repliesTo,
  taskTitles,
} from './analysis.repository';

/** Portfolio rows sent to the page: red and yellow first; the counts cover the whole portfolio. */
export const PORTFOLIO_LIMIT = 50;
/** District-wide red tasks, for those without a portfolio of their own (the office) and the big screen. */
export const RED_TASKS_LIMIT = 20;
/** District-wide red and yellow tasks for a leader's 全区 view, worst first. */
export const DISTRICT_TASKS_LIMIT = 50;
const LATEST_INSTRUCTIONS = 10;

const LIGHT_ORDER: Record<Light, number> = { red: 0, yellow: 1, green: 2 };
const DAY_MS = 86_400_000;

type Counts = { total: number; completed: number; red: number; yellow: number; green: number };
const emptyCounts = (): Counts => ({ total: 0, completed: 0, red: 0, yellow: 0, green: 0 });

/**
 * 驾驶舱: one screen for a leader — overall completion, lights by lead unit and by category, the leader's own
 * portfolio first, the latest instructions with their answers, overdue rectifications. Computed in a handful
 * of queries; the lights once for every published task (the same computation as the ledger and /lights).
 */
export async function cockpitSummary(ctx: AuthedContext) {
  assertCan(canReadDistrictAnalysis(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  return readTx(ctx, async (tx) => {
    // Published and not cancelled: what the bulletin and the ledger count as 下发. Only the columns that
    // count and sort; the titles are fetched below for the few tasks shown (a district's texts and titles
    // would double the time of this query).
    const rows = await cockpitTaskRows(tx);
    // The district's lights for today: the same computation as the ledger and /lights, from the per-day
    // cache when nothing they depend on has changed since.
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    const lights = await tenantLights(tx, ctx.actor.tenantId, today, lightSettingsOf(settings));
    const lightOf = (id: string, status: string): Light =>
      status === 'completed' ? 'green' : (lights.get(id)?.light ?? 'green');
    const unitNames = new Map((await allUnitNames(tx)).map((u) => [u.id, u.name]));

    const overall = emptyCounts();
    const byUnit = new Map<string, Counts>();
    const byCategory = new Map<string, Counts>();
    const lit = rows.map((t) => ({
      row: t,
      light: lightOf(t.id, t.status),
      reasons: lights.get(t.id)?.reasons ?? [],
    }));
    for (const { row, light } of lit) {
      const buckets = [overall, byCategory.get(row.category ?? '') ?? emptyCounts()];
      byCategory.set(row.category ?? '', buckets[1] as Counts);
      if (row.leadUnitId) {
        const unit = byUnit.get(row.leadUnitId) ?? emptyCounts();
        byUnit.set(row.leadUnitId, unit);
        buckets.push(unit);
      }
      for (const c of buckets) {
        c.total++;
        if (row.status === 'completed') c.completed++;
        c[light]++;
      }
    }
    const rate = (c: Counts) => (c.total ? Math.round((c.completed * 1000) / c.total) / 10 : 0);
    const presentTask = ({ row, light, reasons }: (typeof lit)[number]) => ({
      id: row.id,
      code: row.code,
      title: titles.get(row.id)?.title ?? '',
      unitName: row.leadUnitId ? (unitNames.get(row.leadUnitId) ?? '') : '',
      progress: row.progress,
      dueDate: row.dueDate,
      status: row.status,
      light,
      reasons,
    });
    // Worst first; among equals the nearest deadline first.
    const worstFirst = (a: (typeof lit)[number], b: (typeof lit)[number]) =>
      LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light] ||
      (a.row.dueDate ?? '9999').localeCompare(b.row.dueDate ?? '9999') ||
      (a.row.code ?? '').localeCompare(b.row.code ?? '');
    const mine = lit.filter((x) => x.row.leadLeaderId === ctx.actor.userId).sort(worstFirst);
    const portfolioCounts = emptyCounts();
    for (const x of mine) {
      portfolioCounts.total++;
      if (x.row.status === 'completed') portfolioCounts.completed++;
      portfolioCounts[x.light]++;
    }
    const red = lit.filter((x) => x.light === 'red').sort(worstFirst);
    const flagged = lit.filter((x) => x.light !== 'green').sort(worstFirst);

    const latest = await latestInstructions(tx, LATEST_INSTRUCTIONS);
    const replies = await repliesTo(
      tx,
      latest.map((i) => i.id),
    );
    const people = [...new Set([...latest.map((i) => i.leaderId), ...replies.map((r) => r.authorId)])];
    const persons = new Map((await peopleOf(tx, people)).map((p) => [p.id, p]));
    const portfolio = mine.slice(0, PORTFOLIO_LIMIT);
    const redTasks = red.slice(0, RED_TASKS_LIMIT);
    const districtTasks = flagged.slice(0, DISTRICT_TASKS_LIMIT);
    // The titles of what is shown, instructions' tasks included (published or not).
    const shownIds = [
      ...new Set(
        [...portfolio, ...redTasks, ...districtTasks]
          .map((x) => x.row.id)
          .concat(latest.map((i) => i.taskId)),
      ),
    ];
    const titles = new Map((await taskTitles(tx, shownIds)).map((t) => [t.id, t]));

    const overdue = await overdueRectifications(tx, today);
    const projects = await cockpitProjects(tx, ctx.actor, today, settings);
    const todayMs = Date.parse(`${today}T00:00:00Z`);
    const caseDeadlines = await summarizeCaseDeadlines(
      tx,
      await loadDeadlineRule(tx, ctx.actor.tenantId, today),
    );

    return {
      asOf: today,
      overall: {
        published: overall.total,
        completed: overall.completed,
        completionRate: rate(overall),
        red: overall.red,
        yellow: overall.yellow,
        green: overall.green,
      },
      units: [...byUnit.entries()]
        .map(([unitId, c]) => ({
          unitId,
          unitName: unitNames.get(unitId) ?? '',
          ...c,
          completionRate: rate(c),
        }))
        .sort(
          (a, b) =>
            b.red - a.red ||
            b.yellow - a.yellow ||
            a.unitName.localeCompare(b.unitName, 'zh-Hans-CN', { numeric: true }),
        ),
      categories: [...byCategory.entries()]
        .map(([category, c]) => ({ category: category || null, ...c, completionRate: rate(c) }))
        .sort(
          (a, b) => b.total - a.total || (a.category ?? '').localeCompare(b.category ?? '', 'zh-Hans-CN'),
        ),
      portfolioCounts,
      portfolio: portfolio.map(presentTask),
      redTasks: redTasks.map(presentTask),
      districtTasks: districtTasks.map(presentTask),
      districtCounts: { red: overall.red, yellow: overall.yellow },
      // A leader opens on the own portfolio unless the district lists them (区长, 书记); the office always
      // sees the district.
      defaultView:
        ctx.actor.roles.includes('leader') &&
        !settings['cockpit.districtViewLeaderIds'].includes(ctx.actor.userId)
          ? ('portfolio' as const)
          : ('district' as const),
      instructions: latest.map((i) => {
        const answers = replies.filter((r) => r.instructionId === i.id);
        const last = answers[0];
        const author = last ? persons.get(last.authorId) : undefined;
        const task = titles.get(i.taskId);
        return {
          id: i.id,
          taskId: i.taskId,
          taskCode: task?.code ?? null,
          taskTitle: task?.title ?? '',
          leaderName: persons.get(i.leaderId)?.name ?? '',
          text: i.text,
          createdAt: i.createdAt.toISOString(),
          answered: answers.length > 0,
          replyCount: answers.length,
          latestReply: last
            ? {
                text: last.text,
                authorName: author?.name ?? '',
                unitName: author?.unitId ? (unitNames.get(author.unitId) ?? '') : '',
                createdAt: last.createdAt.toISOString(),
              }
            : null,
        };
      }),
      overdueRectifications: overdue.map((r) => ({
        id: r.id,
        finding: r.finding,
        unitName: unitNames.get(r.unitId) ?? '',
        deadline: r.deadline,
        status: r.status,
        daysOverdue: Math.round((todayMs - Date.parse(`${r.deadline}T00:00:00Z`)) / DAY_MS),
        caseId: r.caseId,
        taskId: r.taskId,
      })),
      projects,
      caseDeadlines: { ...caseDeadlines, overdue: caseDeadlines.overdue.slice(0, 20) },
    };
  });
}
