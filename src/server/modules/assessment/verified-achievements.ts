import type { Executor } from '../../db/client';
import { verifiedAchievementRows } from './assessment.repository';

/** Verified items of a year by unit, as the results show them beside each unit. */
export async function verifiedAchievementsByUnit(
  tx: Executor,
  year: number,
): Promise<Map<string, Array<{ id: string; userName: string; title: string }>>> {
  const rows = await verifiedAchievementRows(tx, year);
  const byUnit = new Map<string, Array<{ id: string; userName: string; title: string }>>();
  for (const r of rows)
    byUnit.set(r.unitId, [
      ...(byUnit.get(r.unitId) ?? []),
      { id: r.id, userName: r.userName, title: r.title },
    ]);
  return byUnit;
}
