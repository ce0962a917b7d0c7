/**
 * The blocker ladder in the reminder run (issue #14): an open blocker past its level's working days goes up
 * one level — unit → contracting leader → weekly meeting → standing committee — and its new owner is told.
 * Each blocker is its own transaction, and each step is recorded once (unique index blocker_events_step_once):
 * a run stopped half-way and run again takes no step twice and misses none.
 */
import { uuidv7 } from 'uuidv7';
import type { WorkingCalendar } from '../../domain/calendar/working-days';
import { isEscalationDue, nextLevel } from '../../domain/blockers';
import type { Settings } from '../../domain/settings';
import { recordAudit } from '../audit/record-audit';
import { shanghaiDate } from '../clock';
import type { AppDeps } from '../context';
import { withTenantTx } from '../db/tx';
import { stepUp } from '../modules/blockers/blocker-ladder';
import { escalationDaysOf, withSubjects } from '../modules/blockers/blocker-scope';
import { audienceIds } from '../modules/blockers/blocker-transition';
import {
  findBlocker,
  insertStepOnce,
  openBlockers,
  updateBlockerVersioned,
} from '../modules/blockers/blockers.repository';
import { notifyUsers } from './notify.repository';

/** Called before each blocker's transaction: progress output, or a test that stops the run half-way. */
export type BeforeBlocker = (index: number) => void;

class StepLost extends Error {}

export async function escalateDueBlockers(
  deps: AppDeps,
  tenantId: string,
  asOf: string,
  settings: Settings,
  calendar: WorkingCalendar,
  beforeBlocker?: BeforeBlocker,
): Promise<{ escalated: number; sent: number }> {
  const scope = { tenantId, userId: null };
  const days = escalationDaysOf(settings);
  const now = deps.clock.now();
  // A run for another day (--as-of) dates the new level from that day.
  const at = shanghaiDate(now) === asOf ? now : new Date(`${asOf}T00:00:00+08:00`);
  const due = (await withTenantTx(deps.db, scope, (tx) => openBlockers(tx))).filter((b) =>
    isEscalationDue({ ...b, levelSince: shanghaiDate(b.levelSince) }, asOf, days, calendar),
  );
  const result = { escalated: 0, sent: 0 };
  let index = 0;
  for (const candidate of due) {
    beforeBlocker?.(index++);
    try {
      await withTenantTx(deps.db, scope, async (tx) => {
        const row = await findBlocker(tx, candidate.id);
        if (!row || row.status !== 'open' || row.level !== candidate.level) return;
        const to = nextLevel(row.level);
        if (!to) return;
        const [loaded] = await withSubjects(tx, [row]);
        if (!loaded) return;
        const step = stepUp(row, loaded.subject, to, at, null);
        const fresh = await insertStepOnce(tx, {
          id: uuidv7(),
          tenantId,
          blockerId: row.id,
          kind: 'escalated',
          fromLevel: row.level,
          toLevel: to,
          actorId: null,
          at,
        });
        if (!fresh) return;
        const updated = await updateBlockerVersioned(tx, row.id, row.version, {
          ...step.set,
          updatedAt: at,
          updatedBy: null,
        });
        // Someone changed it meanwhile: undo the step; the next run looks again.
        if (!updated) throw new StepLost();
        result.sent += (
          await notifyUsers(tx, await audienceIds(tx, step.notice.audience), {
            tenantId,
            kind: step.notice.kind,
            title: step.notice.title,
            body: step.notice.body,
            entityType: 'blocker',
            entityId: row.id,
            dedupeKey: `blocker-step:${row.id}:${to}`,
            at,
          })
        ).length;
        await recordAudit(tx, {
          tenantId,
          at,
          actorId: null,
          actorName: '系统',
          ip: null,
          action: 'blocker.escalated',
          entityType: 'blocker',
          entityId: row.id,
          before: { level: row.level, version: row.version },
          after: { level: to, ownerUserId: updated.ownerUserId },
        });
        result.escalated++;
      });
    } catch (e) {
      if (!(e instanceof StepLost)) throw e;
    }
  }
  return result;
}
