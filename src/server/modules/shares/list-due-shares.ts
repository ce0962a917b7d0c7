import { periodOf, type ReportPeriodKind } from '../../../domain/schedule';
import { isShareOwed } from '../../../domain/shares';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { canWriteShares } from './shares.policy';
import { runningCoUnitTasks, shareNames, unitSharesOfPeriod } from './shares.repository';
import type { TDueShares } from './shares.schemas';

/**
 * 待报送的配合任务: the running tasks the caller's unit cooperates on whose share of the current period is not
 * given yet or was returned. A unit's people only (403 for the office and leaders).
 */
export async function listDueShares(ctx: AuthedContext): Promise<TDueShares> {
  assertCan(canWriteShares(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const periodKind: ReportPeriodKind =
      (await loadSettings(tx, ctx.actor.tenantId))['reports.period'] === 'quarter' ? 'quarter' : 'month';
    const period = periodOf(shanghaiDate(ctx.clock.now()), periodKind);
    const unitId = ctx.actor.unitId;
    if (unitId === null) return { period, items: [] };
    const taskRows = await runningCoUnitTasks(tx, unitId);
    const shares = new Map((await unitSharesOfPeriod(tx, unitId, period)).map((s) => [s.taskId, s]));
    const owed = taskRows.filter((t) => isShareOwed(shares.get(t.id)));
    const leads = owed.flatMap((t) => (t.leadUnitId ? [t.leadUnitId] : []));
    const names = await shareNames(tx, [...new Set(leads)], []);
    return {
      period,
      items: owed.map((t) => {
        const share = shares.get(t.id);
        return {
          taskId: t.id,
          code: t.code,
          title: t.title,
          leadUnitName: t.leadUnitId ? (names.units.get(t.leadUnitId) ?? null) : null,
          status: share ? ('returned' as const) : ('missing' as const),
          returnReason: share?.returnReason ?? null,
        };
      }),
    };
  });
}
