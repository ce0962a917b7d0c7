import { blockersVerdicts, toAbilities } from '../../../domain/abilities';
import { liveBlockerStatuses } from '../../../domain/blockers';
import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { assertCan } from '../../policy/assert';
import { shanghaiDate } from '../../clock';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { loadSettings } from '../settings/settings.repository';
import { escalationDaysOf, factsOf, withSubjects } from './blocker-scope';
import { canReadBlockers, canSeeBlocker } from './blockers.policy';
import { selectBlockers } from './blockers.repository';
import type { TBlockerList, TBlockerListQuery } from './blockers.schemas';
import { presentBlockers } from './present-blocker';

/** The blockers the caller sees that match the filters, newest first (one rule for the page, stats, export). */
export async function visibleBlockers(tx: Executor, ctx: AuthedContext, q: Partial<TBlockerListQuery>) {
  const now = ctx.clock.now();
  const rows = await selectBlockers(tx, {
    kind: q.kind,
    level: q.level,
    status: q.status,
    ownerUnitId: q.ownerUnitId,
    projectId: q.projectId,
    taskId: q.taskId,
    raisedBefore:
      q.minAgeDays !== undefined ? new Date(now.getTime() - q.minAgeDays * 86_400_000) : undefined,
  });
  const live = q.live === 'true';
  return (await withSubjects(tx, rows)).filter(
    ({ row, subject }) =>
      canSeeBlocker(ctx.actor, factsOf(row, subject)) &&
      (!live || liveBlockerStatuses.includes(row.status)) &&
      (!q.leaderId || row.ownerUserId === q.leaderId || subject.leaderIds.includes(q.leaderId)),
  );
}

/** GET /blockers: the ledger page, with the caller's abilities and the tenant's kinds. */
export async function listBlockers(ctx: AuthedContext, q: TBlockerListQuery): Promise<TBlockerList> {
  assertCan(canReadBlockers(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    const all = await visibleBlockers(tx, ctx, q);
    const page = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
    const items = await presentBlockers(
      tx,
      {
        actor: ctx.actor,
        today: shanghaiDate(ctx.clock.now()),
        days: escalationDaysOf(settings),
        calendar: await loadWorkingCalendar(tx, ctx.actor.tenantId),
      },
      page,
    );
    return {
      items,
      total: all.length,
      abilities: toAbilities(blockersVerdicts(ctx.actor)),
      kinds: [...settings['blockers.kinds']],
    };
  });
}
