import { shareLightAsOf, shareProgress } from '../../../domain/target-shares';
import type { Light } from '../../../domain/vocabulary';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { canSeeAllTasks } from '../tasks/tasks.policy';
import { canReadTargetShares } from './target-shares.policy';
import { sharesToFollow, unitNames } from './target-shares.repository';
import type { TSharesToFollow } from './target-shares.schemas';

const order: Record<Light, number> = { red: 0, yellow: 1, green: 2 };
const limit = 200;

/**
 * 本单位分解指标: the shares a unit holds on live tasks, each with its progress and its own light, red first —
 * a lagging share lights the unit's view even while the district's task is green. The office and leaders get
 * every unit's shares.
 */
export async function listSharesToFollow(ctx: AuthedContext): Promise<TSharesToFollow> {
  assertCan(canReadTargetShares(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const all = canSeeAllTasks(ctx.actor);
    if (!all && !ctx.actor.unitId) return { items: [] };
    const rows = await sharesToFollow(tx, all ? null : ctx.actor.unitId, limit);
    const settings = lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
    const names = await unitNames(tx, [...new Set(rows.map((r) => r.share.unitId))]);
    const items = rows.map(({ share, target, task }) => {
      const light = shareLightAsOf(target.comparator, share, task, today, settings);
      return {
        id: share.id,
        unitId: share.unitId,
        unitName: names.get(share.unitId) ?? null,
        taskId: task.id,
        taskCode: task.code,
        taskTitle: task.title,
        targetId: target.id,
        indicator: target.indicator,
        unit: target.unit,
        targetValue: share.targetValue,
        targetValueMax: share.targetValueMax,
        currentValue: share.currentValue,
        progress: shareProgress(target.comparator, share),
        status: share.status,
        light: light?.light ?? null,
        lightReasons: light?.reasons ?? [],
        version: share.version,
      };
    });
    items.sort((a, b) => (a.light ? order[a.light] : 3) - (b.light ? order[b.light] : 3));
    return { items };
  });
}
