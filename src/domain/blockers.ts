/**
 * The blocker ladder (堵点 issue #14): pure rules, no I/O. A blocker is raised at level `unit` (the responsible
 * unit tries first); unresolved, it climbs to the contracting leader, then the weekly project meeting, then the
 * standing committee.
 *
 * - Timing: a level lasts `escalateAfterWorkingDays[level]` working days counted from the day the blocker
 *   reached it (the day itself not counted, as addWorkingDays reads a deadline). On that last day it is still at
 *   its level; the day after, the reminder run takes it up one step. Only `open` blockers climb by time: one
 *   `coordinating` has a meeting decision or an owner working on it. `committee` is the top.
 * - Early escalation: one step up, with a reason, by the office at any level below the top, by the owning
 *   unit at level `unit`, by the owning leader at level `leader`; while open or coordinating.
 * - Owner at each level: `unit` the owner unit; `leader` the project's first contracting leader or the task's
 *   lead leader; `meeting` and `committee` the office (the meeting's agenda reads them).
 * - Light: an open or coordinating blocker raised more than `lightAfterDays` calendar days before today
 *   colours its project or task yellow with reason `blocker_open` (on day N exactly it does not yet).
 */
import { addWorkingDays, type WorkingCalendar } from './calendar/working-days';
import type { BlockerLevel, BlockerStatus } from './vocabulary';
import { blockerLevels } from './vocabulary';

/** Working days a blocker stays at each level below the top before it climbs. */
export type EscalationDays = Readonly<Record<Exclude<BlockerLevel, 'committee'>, number>>;

export const defaultEscalationDays: EscalationDays = { unit: 5, leader: 5, meeting: 10 };

/** The statuses in which a blocker is still a problem (not resolved, not closed). */
export const liveBlockerStatuses: readonly BlockerStatus[] = ['open', 'coordinating', 'pending_confirmation'];
/** The statuses that colour a light and that may be escalated or resolved. */
export const activeBlockerStatuses: readonly BlockerStatus[] = ['open', 'coordinating'];

/** The level above, or null at the top. */
export function nextLevel(level: BlockerLevel): BlockerLevel | null {
  const i = blockerLevels.indexOf(level);
  return blockerLevels[i + 1] ?? null;
}

/**
 * The last day a blocker may stay at its level (YYYY-MM-DD), given the day it reached it; null at the top.
 */
export function levelDeadline(
  level: BlockerLevel,
  since: string,
  days: EscalationDays,
  calendar: WorkingCalendar,
): string | null {
  if (level === 'committee') return null;
  return addWorkingDays(since, days[level], calendar);
}

/** Whether the reminder run takes this blocker up one level today. */
export function isEscalationDue(
  blocker: { level: BlockerLevel; status: BlockerStatus; levelSince: string },
  today: string,
  days: EscalationDays,
  calendar: WorkingCalendar,
): boolean {
  if (blocker.status !== 'open') return false;
  const deadline = levelDeadline(blocker.level, blocker.levelSince, days, calendar);
  return deadline !== null && today > deadline;
}

/** Who owns the blocker at a level: a unit, a user (the contracting leader) or the office. */
export type BlockerOwner =
  { kind: 'unit'; unitId: string } | { kind: 'leader'; userId: string } | { kind: 'office' };

export function ownerAt(
  level: BlockerLevel,
  facts: { ownerUnitId: string; contractingLeaderId: string | null },
): BlockerOwner {
  if (level === 'unit') return { kind: 'unit', unitId: facts.ownerUnitId };
  if (level === 'leader' && facts.contractingLeaderId)
    return { kind: 'leader', userId: facts.contractingLeaderId };
  return { kind: 'office' };
}

/** The actions a status allows, whoever asks (the ability rules add who). */
export type BlockerAction = 'escalate' | 'resolve' | 'confirm' | 'reject' | 'close' | 'attach';

const allowed: Record<BlockerStatus, readonly BlockerAction[]> = {
  open: ['escalate', 'resolve', 'close', 'attach'],
  coordinating: ['escalate', 'resolve', 'close', 'attach'],
  pending_confirmation: ['confirm', 'reject', 'close'],
  resolved: [],
  closed: [],
};

export function statusAllows(status: BlockerStatus, action: BlockerAction): boolean {
  return allowed[status].includes(action);
}

/** Escalation is possible only below the top and in a status that allows it. */
export function mayEscalate(blocker: { level: BlockerLevel; status: BlockerStatus }): boolean {
  return nextLevel(blocker.level) !== null && statusAllows(blocker.status, 'escalate');
}

/** After the raising unit rejects a proposed resolution: back to coordinating if a decision is attached. */
export function statusAfterReject(hasDecision: boolean): BlockerStatus {
  return hasDecision ? 'coordinating' : 'open';
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The age of a blocker in days, from the day it was raised to today (or to the day it was cleared). */
export function blockerAgeDays(raisedOn: string, until: string): number {
  return Math.max(0, daysBetween(raisedOn, until));
}

/** Whether an open blocker colours its project or task: older than `lightAfterDays` calendar days. */
export function isBlockerLightDue(
  blocker: { status: BlockerStatus; raisedOn: string },
  today: string,
  lightAfterDays: number,
): boolean {
  return (
    activeBlockerStatuses.includes(blocker.status) && daysBetween(blocker.raisedOn, today) > lightAfterDays
  );
}

/** The oldest raised date among blockers that colour a light today, or null. */
export function oldestLightBlocker(
  blockers: ReadonlyArray<{ status: BlockerStatus; raisedOn: string }>,
  today: string,
  lightAfterDays: number,
): string | null {
  let oldest: string | null = null;
  for (const b of blockers)
    if (isBlockerLightDue(b, today, lightAfterDays) && (oldest === null || b.raisedOn < oldest))
      oldest = b.raisedOn;
  return oldest;
}
