/**
 * task_completion: the importance-weighted mean of the unit's lead tasks' scores. Completed on time 100;
 * completed late 100 − k × days late, never below the floor; not completed: progress against the share of
 * time elapsed, capped at 100 (40% done at half time scores 80; past the due date the share is 1, so the score
 * is the progress itself). A task due after the assessment year is no failure of that year: unless completed in
 * it, its weight is multiplied by the share of its span that ran in the year so far (or, by the scheme's
 * `notDueInYear: exclude`, it is left out), so 103 new two-year tasks published in December weigh what their
 * first weeks weigh, not what 103 finished tasks weigh. Likewise a task due in the year but not yet due and not
 * completed weighs the share of its span elapsed by asOf (1 from its due date on), and a task not yet started
 * is not counted: tasks published on 12-05 and due 12-31 weigh little on 12-10 and fully at the year's end.
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

/**
 * The share of a task's span (start to due date, days inclusive) that lies in `year` up to `asOf`, to four
 * decimals (the value shown beside the task, and the one computed with).
 */
export function yearShareOf(
  task: Pick<TTaskFact, 'startDate' | 'dueDate'>,
  year: number,
  asOf: string,
): number {
  const from = task.startDate > `${year}-01-01` ? task.startDate : `${year}-01-01`;
  const to = asOf < `${year}-12-31` ? asOf : `${year}-12-31`;
  const ran = Math.max(0, daysBetween(from, to) + 1);
  const total = daysBetween(task.startDate, task.dueDate) + 1;
  return Math.round((Math.min(ran, total) * 10_000) / total) / 10_000;
}

/**
 * The share of a task's whole span (days inclusive) elapsed by `asOf`, to four decimals; 1 from its due date on.
 */
export function elapsedShareOf(task: Pick<TTaskFact, 'startDate' | 'dueDate'>, asOf: string): number {
  const total = daysBetween(task.startDate, task.dueDate) + 1;
  const elapsed = Math.min(total, Math.max(0, daysBetween(task.startDate, asOf) + 1));
  return Math.round((elapsed * 10_000) / total) / 10_000;
}

/**
 * How a task counts in `year`: 1 when it is due in or before the year, or was completed in the year by asOf;
 * its year share when due later (null, left out, under `exclude`, when nothing of it ran in the year yet, or when
 * it was completed in an earlier year).
 */
function yearWeightOf(task: TTaskFact, params: TParams, year: number, asOf: string): number | null {
  const completedAt =
    task.status === 'completed' && isOnOrBefore(task.completedAt, asOf) ? task.completedAt : null;
  if (task.dueDate <= `${year}-12-31`) {
    // Due in the year but not yet by asOf: weighs the part of its span run so far (12-05 to 12-31, assessed on
    // 12-10: 6 of 27 days), so tasks published days ago cannot sink a unit before their plan means much.
    if (completedAt !== null || task.dueDate <= asOf) return 1;
    return elapsedShareOf(task, asOf);
  }
  if (completedAt !== null) return completedAt >= `${year}-01-01` ? 1 : null;
  if (params.notDueInYear === 'exclude') return null;
  const share = yearShareOf(task, year, asOf);
  return share > 0 ? share : null;
}

/** Scores the task_completion component of one unit for the assessment year `year`. */
export function scoreTaskCompletion(
  unitId: string,
  tasks: readonly TTaskFact[],
  params: TParams,
  asOf: string,
  year: number,
): TScored {
  const evidence: TEvidence[] = [];
  let weighted = 0;
  let weights = 0;
  for (const task of sortedById(tasks)) {
    if (task.leadUnitId !== unitId || unassessedStatuses.has(task.status)) continue;
    const scored = scoreTask(task, params, asOf);
    if (scored === null) continue;
    const yearWeight = yearWeightOf(task, params, year, asOf);
    if (yearWeight === null) continue;
    const importance = task.isKey ? params.keyTaskWeight : 1;
    const weight = yearWeight === 1 ? importance : Math.round(importance * yearWeight * 10_000) / 10_000;
    // The mean uses each task's score as shown (in cents), so a reader can redo it from the evidence.
    const score = roundPoints(scored.score);
    weighted += weight * score;
    weights += weight;
    evidence.push({
      kind: 'task',
      id: task.id,
      label: `${task.code} ${task.title}`.trim(),
      reason: yearWeight !== 1 && task.dueDate > `${year}-12-31` ? 'not_due_in_year' : scored.reason,
      value: score,
      weight,
      ...(yearWeight === 1 ? {} : { yearShare: yearWeight }),
      ...(scored.daysLate !== undefined ? { daysLate: scored.daysLate } : {}),
    });
  }
  return { raw: weights === 0 ? null : weighted / weights, evidence };
}
