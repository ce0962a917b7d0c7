import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import type { Settings } from '../../../domain/settings';
import type { EscalationDays } from '../../../domain/blockers';
import { loadSettings } from '../settings/settings.repository';
import { canSeeBlocker, type BlockerFacts } from './blockers.policy';
import { findBlocker, subjectsOf, type BlockerRow, type SubjectFacts } from './blockers.repository';

export function escalationDaysOf(settings: Settings): EscalationDays {
  return {
    unit: settings['blockers.escalateAfterWorkingDays.unit'],
    leader: settings['blockers.escalateAfterWorkingDays.leader'],
    meeting: settings['blockers.escalateAfterWorkingDays.meeting'],
  };
}

const noSubject: SubjectFacts = { name: '', code: null, holderUnitIds: [], leaderIds: [], draft: false };

/** Each blocker with the facts of its project or task. */
export async function withSubjects(
  tx: Executor,
  rows: BlockerRow[],
): Promise<Array<{ row: BlockerRow; subject: SubjectFacts }>> {
  const s = await subjectsOf(
    tx,
    rows.flatMap((r) => (r.projectId ? [r.projectId] : [])),
    rows.flatMap((r) => (r.taskId ? [r.taskId] : [])),
  );
  return rows.map((row) => ({
    row,
    subject: (row.projectId ? s.projects.get(row.projectId) : s.tasks.get(row.taskId ?? '')) ?? noSubject,
  }));
}

export function factsOf(row: BlockerRow, subject: SubjectFacts): BlockerFacts {
  return {
    level: row.level,
    status: row.status,
    raisedByUnitId: row.raisedByUnitId,
    ownerUnitId: row.ownerUnitId,
    ownerUserId: row.ownerUserId,
    askedUnitIds: row.askedUnitIds,
    holderUnitIds: subject.holderUnitIds,
    leaderIds: subject.leaderIds,
  };
}

/** The blocker as the caller may see it (404 otherwise, other districts included), with the settings. */
export async function loadVisibleBlocker(tx: Executor, ctx: AuthedContext, id: string) {
  const row = await findBlocker(tx, id);
  if (!row) throw notFound();
  const [loaded] = await withSubjects(tx, [row]);
  const subject = loaded?.subject ?? noSubject;
  const facts = factsOf(row, subject);
  if (!canSeeBlocker(ctx.actor, facts)) throw notFound();
  const settings = await loadSettings(tx, ctx.actor.tenantId);
  return { row, subject, facts, settings, today: shanghaiDate(ctx.clock.now()) };
}
