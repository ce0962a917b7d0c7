/**
 * Responsibility all the way down in the demo's year (issue 15), scheduled on the year's own calendar
 * (play-demo-year.ts) and played through the use cases a click would call: units split tasks into sub-tasks for
 * their sections (科室) and people, whose progress the sections report (one sub-task is left overdue); the
 * office splits a district target across three streets, which report their figures; cooperating units give
 * their shares every month (play-demo-shares.ts); completion requests carry evidence and are accepted,
 * accepted with remarks, returned and asked again, or left waiting (play-demo-acceptance.ts); the lead units
 * rate their co-units at the year's end.
 */
import { periodEnd } from '../../domain/schedule';
import { rateCooperation } from '../modules/shares/rate-cooperation';
import { createSubtask } from '../modules/subtasks/create-subtask';
import { updateSubtask } from '../modules/subtasks/update-subtask';
import type { TSubtask } from '../modules/subtasks/subtasks.schemas';
import { reportTargetShare } from '../modules/target-shares/report-target-share';
import { splitTarget } from '../modules/target-shares/split-target';
import {
  demoRatings,
  demoSections,
  demoSubtaskPlans,
  demoTargetSplit,
  sectionUsername,
  type DemoSection,
} from './demo-responsibility-plan';
import { unitOf, type Live } from './demo-days';
import { addMonths, type DemoActors } from './load-demo';
import { completeDemoTasks } from './play-demo-acceptance';
import { scheduleDemoShares } from './play-demo-shares';

/** The year's calendar as play-demo-year.ts lends it: its tasks, its events, its clock. */
export interface DemoSchedule {
  pm: string;
  live: Live[];
  find(key: string): Live;
  on(k: number, d: number, run: () => Promise<unknown>): void;
  at(k: number, d: number, hour?: number): void;
}

export interface DemoResponsibility {
  shareIdsFor(taskId: string, period: string): string[];
  /** What happens today, on the real clock: this month's first shares. */
  today(): Promise<void>;
  /** The tasks reported at 100 % ask for acceptance with evidence in month k; the office decides. */
  complete(finished: Live[], k: number): Promise<void>;
}

function sectionOf(code: string): DemoSection {
  const section = demoSections.find((s) => s.code === code);
  if (!section) throw new Error(`no demo section ${code}`);
  return section;
}

export function sectionAccountOf(code: string): string {
  const section = sectionOf(code);
  return sectionUsername(section, unitOf(section.unitCode).abbr);
}

/** Months (from the plenary's) at which the sections report their sub-tasks' progress. */
const progressMonths = [3, 6, 9, 11] as const;

export function scheduleDemoResponsibility(actors: DemoActors, s: DemoSchedule): DemoResponsibility {
  const shares = scheduleDemoShares(actors, s);
  const office = () => actors.ctxOf('demo-supervisor');

  // 一级抓一级: early in the second month the units give parts of their tasks to their sections and people.
  const subtasks = new Map<(typeof demoSubtaskPlans)[number], TSubtask>();
  s.on(1, 5, async () => {
    for (const plan of demoSubtaskPlans) {
      const item = s.find(plan.taskKey);
      subtasks.set(
        plan,
        await createSubtask(actors.ctxOf(`demo-${unitOf(plan.by).abbr}-clerk`), item.task.id, {
          title: plan.title,
          sectionId: plan.section ? actors.unitIdOf(plan.section) : null,
          assigneeId: plan.person ? actors.userIdOf(sectionAccountOf(plan.person)) : null,
          dueDate: periodEnd(addMonths(s.pm, plan.dueAfterMonths)),
          weight: 1,
        }),
      );
    }
  });
  progressMonths.forEach((m, i) =>
    s.on(m, 16, async () => {
      for (const plan of demoSubtaskPlans) {
        const current = subtasks.get(plan);
        if (!current || current.status === 'done') continue;
        const progress = plan.progress[i] as number;
        const by = sectionAccountOf((plan.section ?? plan.person) as string);
        subtasks.set(
          plan,
          await updateSubtask(actors.ctxOf(by), current.id, {
            version: current.version,
            progress,
            note: progress >= 100 ? '已完成，资料已归档。' : `已完成${progress}%，按计划推进。`,
            ...(progress >= 100 ? { status: 'done' as const } : {}),
          }),
        );
      }
    }),
  );

  // 指标分解到街道: the office splits the district figure across three streets (approved at once).
  const split = new Map<string, { id: string; version: number }>();
  s.on(1, 6, async () => {
    const item = s.find(demoTargetSplit.taskKey);
    const target = item.task.targets.find((t) => t.targetValue !== null && !t.placeholder);
    if (!target) throw new Error(`the demo task ${demoTargetSplit.taskKey} has no target to split`);
    const list = await splitTarget(office(), target.id, {
      version: 0,
      shares: demoTargetSplit.shares.map((x) => ({
        unitId: actors.unitIdOf(x.unit),
        targetValue: x.targetValue,
      })),
    });
    for (const share of list.items) split.set(share.unitId, { id: share.id, version: share.version });
  });
  demoTargetSplit.reportMonths.forEach((m) =>
    s.on(m, 19, async () => {
      const progress = s.find(demoTargetSplit.taskKey).progress / 100;
      for (const x of demoTargetSplit.shares) {
        const share = split.get(actors.unitIdOf(x.unit));
        if (!share) throw new Error(`no demo target share of ${x.unit}`);
        const reported = await reportTargetShare(
          actors.ctxOf(`demo-${unitOf(x.unit).abbr}-clerk`),
          share.id,
          {
            currentValue: Math.min(x.targetValue, Math.round(x.targetValue * progress * x.pace)),
            version: share.version,
          },
        );
        split.set(reported.unitId, { id: reported.id, version: reported.version });
      }
    }),
  );

  // 配合评价 at the year's end: in the December of the demo's year, or in its last month when that December
  // came too early for a fair judgement.
  const december = Array.from({ length: 12 }, (_, k) => k).find((k) => addMonths(s.pm, k).endsWith('-12'));
  const rateMonth = december !== undefined && december >= 3 ? december : 11;
  s.on(rateMonth, 28, async () => {
    const year = Number(addMonths(s.pm, rateMonth).slice(0, 4));
    for (const taskKey of new Set(demoRatings.map((r) => r.taskKey))) {
      const item = s.find(taskKey);
      await rateCooperation(actors.ctxOf(item.head), item.task.id, {
        year,
        ratings: demoRatings
          .filter((r) => r.taskKey === taskKey)
          .map((r) => ({ coUnitId: actors.unitIdOf(r.unit), rating: r.rating, reason: r.reason })),
      });
    }
  });

  return {
    shareIdsFor: (taskId, period) => shares.shareIdsFor(taskId, period),
    today: () => shares.today(),
    complete: (finished, k) => completeDemoTasks(actors, s, finished, k),
  };
}
