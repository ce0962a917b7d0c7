import { periodKindOf } from '../../../domain/schedule';
import type { Executor } from '../../db/client';
import { sharesOfTaskPeriods } from '../shares/shares.repository';

/**
 * 配合单位未报送分报: the co-units that owed a share of the bulletin's period on the tasks that owed a report
 * (in progress, accepted by the period's end) and gave none, with how many tasks each; most first. Empty when the
 * district's shares follow another period kind than the bulletin's month.
 */
export async function coUnitsNotShared(
  tx: Executor,
  owing: ReadonlyArray<{ id: string; coUnitIds: readonly string[] }>,
  period: string,
  sharePeriodKind: 'month' | 'quarter',
  unitName: ReadonlyMap<string, string>,
): Promise<Array<{ unitName: string; taskCount: number }>> {
  if (periodKindOf(period) !== sharePeriodKind) return [];
  const withCoUnits = owing.filter((t) => t.coUnitIds.length > 0);
  const given = new Set(
    (
      await sharesOfTaskPeriods(
        tx,
        withCoUnits.map((t) => t.id),
        period,
      )
    ).map((s) => `${s.taskId}:${s.unitId}`),
  );
  const missing = new Map<string, number>();
  for (const t of withCoUnits)
    for (const unitId of t.coUnitIds)
      if (!given.has(`${t.id}:${unitId}`)) missing.set(unitId, (missing.get(unitId) ?? 0) + 1);
  return [...missing.entries()]
    .map(([id, taskCount]) => ({ unitName: unitName.get(id) ?? '', taskCount }))
    .sort((a, b) => b.taskCount - a.taskCount || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}
