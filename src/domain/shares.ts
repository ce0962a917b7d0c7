/**
 * Cooperating units' shares (配合单位分报, issue 15): a co-unit reports its share of a task each period; the lead
 * unit reads the shares, returns one to be redone, or consolidates the submitted ones into its own report.
 */
import { isLeadUnitUser, taskVerdicts, type TaskFacts } from './abilities/task';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './abilities/verdict';
import { hasPermission } from './permissions';
import { periodKindOf, reportPeriodProblem, type ReportPeriodKind } from './schedule';
import type { CooperationRating, ShareStatus } from './vocabulary';

/** The actions on a task's shares as a whole. */
export const taskSharesAbilityKeys = ['submit'] as const;
/** The actions on one share. */
export const taskShareAbilityKeys = ['resubmit', 'return'] as const;

/** A co-unit's people (head or operator) of this task, not its lead unit. */
export function isCoUnitUser(actor: AbilityActor, task: Pick<TaskFacts, 'coUnitIds'>): boolean {
  return hasPermission(actor.roles, 'shares:write') && isUnitUserOf(actor, task.coUnitIds);
}

/** Shares are given while the task runs (accepted, not yet asking for completion), like the lead unit's reports. */
function sharesOpen(task: Pick<TaskFacts, 'status'>): boolean {
  return task.status === 'in_progress';
}

/** Who reads which shares: the office, leaders and the lead unit all of them; a co-unit its own. */
export function canSeeShare(
  actor: AbilityActor,
  task: Pick<TaskFacts, 'leadUnitId'>,
  share: { unitId: string },
): boolean {
  if (hasPermission(actor.roles, 'tasks:read_all')) return true;
  if (actor.unitId === null) return false;
  return actor.unitId === task.leadUnitId || actor.unitId === share.unitId;
}

/** A co-unit submits its share while the task runs. */
export function taskSharesVerdicts(actor: AbilityActor, task: TaskFacts) {
  return {
    submit: verdict(isCoUnitUser(actor, task), sharesOpen(task)),
  } satisfies Record<(typeof taskSharesAbilityKeys)[number], Verdict>;
}

/**
 * One share: its own unit redoes it until the lead unit consolidates it; the lead unit returns a submitted one
 * (a consolidated share is part of a report and stays as it was).
 */
export function taskShareVerdicts(
  actor: AbilityActor,
  task: TaskFacts,
  share: { unitId: string; status: ShareStatus },
) {
  return {
    resubmit: verdict(
      isCoUnitUser(actor, task) && actor.unitId === share.unitId,
      sharesOpen(task) && share.status !== 'consolidated',
    ),
    return: verdict(
      hasPermission(actor.roles, 'shares:write') && isLeadUnitUser(actor, task),
      sharesOpen(task) && share.status === 'submitted',
    ),
  } satisfies Record<(typeof taskShareAbilityKeys)[number], Verdict>;
}

export function taskShareAbilities(
  actor: AbilityActor,
  task: TaskFacts,
  share: { unitId: string; status: ShareStatus },
) {
  return toAbilities(taskShareVerdicts(actor, task, share));
}

/**
 * Why a share cannot be given for `period`: the district's other period kind ('kind'), a period not begun yet
 * ('future') or ended before the task started ('before_start'); null when it is open. Same rule as reports.
 */
export function sharePeriodProblem(
  period: string,
  kind: ReportPeriodKind,
  bounds: { startDate: string | null; today: string },
): 'kind' | 'future' | 'before_start' | null {
  if (periodKindOf(period) !== kind) return 'kind';
  return reportPeriodProblem(period, bounds);
}

/** A share the co-unit still owes for the period: none given yet, or returned to be redone. */
export function isShareOwed(share: { status: ShareStatus } | undefined): boolean {
  return share === undefined || share.status === 'returned';
}

/** The action on a task's cooperation ratings (配合评价). */
export const cooperationRatingsAbilityKeys = ['rate'] as const;

/**
 * The lead unit rates its co-units (good / fair / poor; a reason for fair and poor) for a year, on a published
 * task: the task's own `rateCooperation`, so the task page and the ratings list say the same.
 */
export function cooperationRatingsVerdicts(actor: AbilityActor, task: TaskFacts) {
  return {
    rate: taskVerdicts(actor, task).rateCooperation,
  } satisfies Record<(typeof cooperationRatingsAbilityKeys)[number], Verdict>;
}

/** A rating below good says why (配合评价 一般 / 差). */
export function ratingNeedsReason(rating: CooperationRating): boolean {
  return rating !== 'good';
}

/** Who reads a rating: the office, leaders and the lead unit all of a task's; a co-unit the one about itself. */
export function canSeeCooperationRating(
  actor: AbilityActor,
  task: Pick<TaskFacts, 'leadUnitId'>,
  rating: { coUnitId: string },
): boolean {
  return canSeeShare(actor, task, { unitId: rating.coUnitId });
}
