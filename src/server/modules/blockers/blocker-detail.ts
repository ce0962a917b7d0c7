import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { escalationDaysOf, loadVisibleBlocker } from './blocker-scope';
import { eventsOf, filesOf, namesFor } from './blockers.repository';
import type { TBlockerDetail } from './blockers.schemas';
import { presentBlockers } from './present-blocker';

/** One blocker with its history (every transition) and its evidence files, as the caller may see it. */
export async function blockerDetail(tx: Executor, ctx: AuthedContext, id: string): Promise<TBlockerDetail> {
  const { row, subject, settings, today } = await loadVisibleBlocker(tx, ctx, id);
  const calendar = await loadWorkingCalendar(tx, ctx.actor.tenantId);
  const [item] = await presentBlockers(
    tx,
    { actor: ctx.actor, today, days: escalationDaysOf(settings), calendar },
    [{ row, subject }],
  );
  const events = await eventsOf(tx, id);
  const names = await namesFor(
    tx,
    [],
    events.flatMap((e) => (e.actorId ? [e.actorId] : [])),
  );
  const files = await filesOf(tx, id);
  return {
    ...(item as NonNullable<typeof item>),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromLevel: e.fromLevel,
      toLevel: e.toLevel,
      reason: e.reason,
      meetingDecisionId: e.meetingDecisionId,
      actorName: e.actorId ? (names.users.get(e.actorId) ?? null) : null,
      at: iso(e.at),
    })),
    files: files.map((f) => ({ ...f, createdAt: iso(f.createdAt) })),
  };
}
