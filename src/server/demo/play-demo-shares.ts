/**
 * 配合单位分报 in the demo's year (issue 15): each month on the 18th each cooperating unit of a running task gives
 * its share — what it did, its part of the task's figures — and the lead unit takes the submitted shares into its
 * report on the 20th (汇总). One share is given after the period closed, one is not given, one is returned by the
 * lead unit and redone; the last month's shares of a few units carry a site photo.
 */
import { returnShare } from '../modules/shares/return-share';
import { submitShare } from '../modules/shares/submit-share';
import type { TTaskShare } from '../modules/shares/shares.schemas';
import { demoShareExceptions, demoSharePhotos } from './demo-responsibility-plan';
import { unitOf, type Live } from './demo-days';
import { uploadDemoPhoto } from './demo-evidence';
import { addMonths, type DemoActors } from './load-demo';
import type { DemoSchedule } from './play-demo-responsibility';

const doings = [
  '按牵头单位部署，细化本单位任务清单，明确责任人和时间节点',
  '组织现场推进会，协调解决施工和群众诉求问题',
  '开展入户走访和政策宣传，收集意见建议并逐条回应',
  '配合开展联合检查，对发现的问题建立台账、限期整改',
];

export interface DemoShares {
  /** The shares the lead unit takes into its report of the period: those submitted and not yet taken in. */
  shareIdsFor(taskId: string, period: string): string[];
  /** Today, early in this month's period: one share given, one returned, so the lead unit's card shows both. */
  today(): Promise<void>;
}

export function scheduleDemoShares(actors: DemoActors, s: DemoSchedule): DemoShares {
  const given = new Map<string, TTaskShare>();
  const key = (taskId: string, unitId: string, period: string) => `${taskId}:${unitId}:${period}`;
  const { late, missing, returned } = demoShareExceptions;
  const is = (e: { taskKey: string; unit: string; month: number }, item: Live, unit: string, k: number) =>
    e.taskKey === item.plan.key && e.unit === unit && e.month === k;

  const give = async (item: Live, unit: string, k: number) => {
    const clerk = actors.ctxOf(`demo-${unitOf(unit).abbr}-clerk`);
    const period = addMonths(s.pm, k);
    const coCount = (item.plan.co ?? []).length;
    const photo = k >= 11 && demoSharePhotos.some((p) => p.taskKey === item.plan.key && p.unit === unit);
    const attachmentIds = photo ? [await uploadDemoPhoto(clerk, `${item.plan.key}${unit}`, k)] : [];
    const redo = given.get(key(item.task.id, actors.unitIdOf(unit), period));
    const share = await submitShare(clerk, item.task.id, {
      period,
      narrative: `${unitOf(unit).name}${doings[(k + coCount) % doings.length]}，本月配合完成牵头单位交办事项。`,
      problems: null,
      // The unit's part of each figure the lead unit reports: an equal part of the progress so far.
      values: item.task.targets
        .filter((t) => t.targetValue !== null && !t.placeholder && t.comparator !== '<=')
        .map((t) => ({
          targetId: t.id,
          value: Math.round(((t.targetValue as number) * item.progress) / 100 / (coCount + 1)),
        })),
      attachmentIds,
      ...(redo ? { version: redo.version } : {}),
    });
    given.set(key(item.task.id, share.unitId, period), share);
    return share;
  };

  const running = () => s.live.filter((l) => l.task.status === 'in_progress' && (l.plan.co ?? []).length > 0);
  // Shares run the last six months (the lead units' cards show them) and every month of this year, which the
  // assessment counts (a share not given would be the co-unit's missing report); earlier months would only cost
  // loading time.
  const thisYear = `${addMonths(s.pm, 12).slice(0, 4)}-01`;
  for (let k = 0; k < 12; k++) {
    if (k < 6 && addMonths(s.pm, k) < thisYear) continue;
    s.on(k, 18, async () => {
      for (const item of running())
        for (const unit of item.plan.co ?? []) {
          if (is(late, item, unit, k) || is(missing, item, unit, k) || is(returned, item, unit, k)) continue;
          await give(item, unit, k);
        }
    });
  }
  // Returned: given on the 17th, sent back by the lead unit on the 18th, redone on the 19th.
  const returnedItem = () => s.find(returned.taskKey);
  s.on(returned.month, 17, () => give(returnedItem(), returned.unit, returned.month));
  s.on(returned.month, 18, async () => {
    const item = returnedItem();
    const share = given.get(
      key(item.task.id, actors.unitIdOf(returned.unit), addMonths(s.pm, returned.month)),
    );
    if (!share) throw new Error('the demo share to return was not given');
    const back = await returnShare(actors.ctxOf(item.clerk), item.task.id, share.id, {
      reason: returned.reason,
      version: share.version,
    });
    given.set(key(item.task.id, back.unitId, back.period), back);
  });
  s.on(returned.month, 19, () => give(returnedItem(), returned.unit, returned.month));
  // Late: given in the next month, after the lead unit's report of the period.
  s.on(late.givenOn.k, late.givenOn.d, () => give(s.find(late.taskKey), late.unit, late.month));

  return {
    async today() {
      const { taskKey, given: unit, returned: back, reason } = demoShareExceptions.today;
      const item = s.find(taskKey);
      await give(item, unit, 12);
      const share = await give(item, back, 12);
      await returnShare(actors.ctxOf(item.clerk), item.task.id, share.id, { reason, version: share.version });
    },
    shareIdsFor(taskId, period) {
      return [...given.values()]
        .filter((x) => x.taskId === taskId && x.period === period && x.status === 'submitted')
        .map((x) => x.id);
    },
  };
}
