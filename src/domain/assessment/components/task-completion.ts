/**
 * task_completion: the importance-weighted mean of the unit's lead tasks' scores. Completed on time 100;
 * completed late 100 − k × days late, never below the floor; not completed: progress against the share of
 * time elapsed, capped at 100 (40% done at half time scores 80; past the due date the share is 1, so the score
 * is the progress itself).
 */
import { daysBetween, dayNumber, isOnOrBefore } from '../dates';
import type { TTaskFact } from '../facts';
import type { TEvidence, TEvidenceReason } from '../result';
import { roundPoints } from '../rounding';
import type { TSchemeComponent } from '../scheme';
import { sortedById, type TScored } from './scored';

type TParams = Extract<TSchemeComponent, { key: 'task_completion' }>;

/** Statuses not assessed: not yet published, stopped by the office, or withdrawn. */
const unassessedStatuses: ReadonlySet<TTaskFact['status']> = new Set(['draft', 'suspended', 'cancelled']);

/** One task's score as of `asOf`, or null when the task has not started yet (it is then not counted). */
export function scoreTask(
  task: TTaskFact,
  params: Pick<TParams, 'lateDayPenalty' | 'lateFloor'>,
  asOf: string,
): { score: number; reason: TEvidenceReason; daysLate?: number } | null {
  if (task.status === 'completed' && isOnOrBefore(task.completedAt, asOf) && task.completedAt !== null) {
    const daysLate = Math.max(0, daysBetween(task.dueDate, task.completedAt));
    if (daysLate === 0) return { score: 100, reason: 'on_time' };
    const penalised = 100 - params.lateDayPenalty * daysLate;
    return penalised < params.lateFloor
      ? { score: params.lateFloor, reason: 'late_floor', daysLate }
      : { score: penalised, reason: 'late', daysLate };
  }
  if (dayNumber(asOf) < dayNumber(task.startDate)) return null;
  // Days are inclusive: a task from the 1st to the 10th has 10 days, and by the end of the 1st one is gone.
  const totalDays = daysBetween(task.startDate, task.dueDate) + 1;
  const elapsedDays = Math.min(totalDays, daysBetween(task.startDate, asOf) + 1);
  const score = Math.min(100, (task.progress * totalDays) / elapsedDays);
  return { score, reason: dayNumber(asOf) > dayNumber(task.dueDate) ? 'overdue' : 'in_progress' };
}

/** Scores the task_completion component of one unit. */
export function scoreTaskCompletion(
  unitId: string,
  tasks: readonly TTaskFact[],
  params: TParams,
  asOf: string,
): TScored {
  const evidence: TEvidence[] = [];
  let weighted = 0;
  let weights = 0;
  for (const task of sortedById(tasks)) {
    if (task.leadUnitId !== unitId || unassessedStatuses.has(task.status)) continue;
    const scored = scoreTask(task, params, asOf);
    if (scored === null) continue;
    const weight = task.isKey ? params.keyTaskWeight : 1;
    // The mean uses each task's score as shown (in cents), so a reader can redo it from the evidence.
    const score = roundPoints(scored.score);
    weighted += weight * score;
    weights += weight;
    evidence.push({
      kind: 'task',
      id: task.id,
      label: `${task.code} ${task.title}`.trim(),
      reason: scored.reason,
      value: score,
      weight,
      ...(scored.daysLate !== undefined ? { daysLate: scored.daysLate } : {}),
    });
  }
  return { raw: weights === 0 ? null : weighted / weights, evidence };
}
