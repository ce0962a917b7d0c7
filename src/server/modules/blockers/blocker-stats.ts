import { liveBlockerStatuses } from '../../../domain/blockers';
import { blockerLevels } from '../../../domain/vocabulary';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadBlockers } from './blockers.policy';
import { namesFor } from './blockers.repository';
import type { TBlockerListQuery, TBlockerStats } from './blockers.schemas';
import { visibleBlockers } from './list-blockers';

const levelLabels = { unit: '责任单位', leader: '包联领导', meeting: '项目例会', committee: '常委会/常务会' };

/** Counts of the live blockers the caller sees (with the list's filters): per kind, per level, per leader. */
export async function blockerStats(
  ctx: AuthedContext,
  q: Partial<TBlockerListQuery>,
): Promise<TBlockerStats> {
  assertCan(canReadBlockers(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const live = (await visibleBlockers(tx, ctx, q)).filter(({ row }) =>
      liveBlockerStatuses.includes(row.status),
    );
    const count = (keys: string[]) => {
      const m = new Map<string, number>();
      for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
      return m;
    };
    const kinds = count(live.map(({ row }) => row.kind));
    const levels = count(live.map(({ row }) => row.level));
    const leaders = count(
      live.flatMap(({ row, subject }) => [row.ownerUserId ?? subject.leaderIds[0] ?? []].flat()),
    );
    const names = await namesFor(tx, [], [...leaders.keys()]);
    return {
      live: live.length,
      byKind: [...kinds].map(([key, n]) => ({ key, label: key, count: n })).sort((a, b) => b.count - a.count),
      byLevel: blockerLevels.map((l) => ({ key: l, label: levelLabels[l], count: levels.get(l) ?? 0 })),
      byLeader: [...leaders]
        .map(([key, n]) => ({ key, label: names.users.get(key) ?? key, count: n }))
        .sort((a, b) => b.count - a.count),
    };
  });
}
