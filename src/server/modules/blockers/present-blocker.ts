import type { AbilityActor } from '../../../domain/abilities';
import type { WorkingCalendar } from '../../../domain/calendar/working-days';
import {
  blockerAgeDays,
  levelDeadline,
  liveBlockerStatuses,
  ownerAt,
  type EscalationDays,
} from '../../../domain/blockers';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { blockerAbilities } from './blockers.policy';
import { namesFor, type BlockerRow, type SubjectFacts } from './blockers.repository';
import type { TBlocker } from './blockers.schemas';
import { factsOf } from './blocker-scope';

export interface PresentContext {
  actor: AbilityActor;
  today: string;
  days: EscalationDays;
  calendar: WorkingCalendar;
}

/** Rows → API shape, with names, the ladder's deadline and the caller's abilities on each blocker. */
export async function presentBlockers(
  tx: Executor,
  pc: PresentContext,
  loaded: ReadonlyArray<{ row: BlockerRow; subject: SubjectFacts }>,
): Promise<TBlocker[]> {
  const names = await namesFor(
    tx,
    loaded.flatMap(({ row }) => [row.raisedByUnitId, row.ownerUnitId, ...row.askedUnitIds]),
    loaded.flatMap(({ row }) => (row.ownerUserId ? [row.ownerUserId] : [])),
  );
  return loaded.map(({ row, subject }) => {
    const live = liveBlockerStatuses.includes(row.status);
    const raisedOn = shanghaiDate(row.raisedAt);
    const clearedOn = row.confirmedAt ?? row.closedAt;
    return {
      id: row.id,
      projectId: row.projectId,
      taskId: row.taskId,
      subjectName: subject.name || null,
      subjectCode: subject.code,
      kind: row.kind,
      title: row.title,
      description: row.description,
      ask: row.ask,
      askedUnits: row.askedUnitIds.map((id) => ({ id, name: names.units.get(id) ?? null })),
      dueDate: row.dueDate,
      overdue: live && pc.today > row.dueDate,
      level: row.level,
      levelSince: iso(row.levelSince),
      levelDeadline:
        row.status === 'open'
          ? levelDeadline(row.level, shanghaiDate(row.levelSince), pc.days, pc.calendar)
          : null,
      status: row.status,
      raisedByUnitId: row.raisedByUnitId,
      raisedByUnitName: names.units.get(row.raisedByUnitId) ?? null,
      ownerUnitId: row.ownerUnitId,
      ownerUnitName: names.units.get(row.ownerUnitId) ?? null,
      ownerUserId: row.ownerUserId,
      ownerUserName: row.ownerUserId ? (names.users.get(row.ownerUserId) ?? null) : null,
      ownerKind: ownerAt(row.level, {
        ownerUnitId: row.ownerUnitId,
        contractingLeaderId: row.ownerUserId,
      }).kind,
      raisedAt: iso(row.raisedAt),
      ageDays: blockerAgeDays(raisedOn, clearedOn ? shanghaiDate(clearedOn) : pc.today),
      resolution: row.resolution,
      resolvedAt: iso(row.resolvedAt),
      confirmedAt: iso(row.confirmedAt),
      closeReason: row.closeReason,
      closedAt: iso(row.closedAt),
      version: row.version,
      abilities: blockerAbilities(pc.actor, factsOf(row, subject)),
    };
  });
}
